package org.secnotes.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what kind of file something that is neither a regular file nor a folder is. */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /**
     * @param path a file that is neither regular nor a folder
     * @return words such as "a named pipe (FIFO)"
     */
    static String describe(Path path) {
        try {
            // The "unix" view is the JDK's on Linux and macOS; elsewhere the general words serve.
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            switch (mode & TYPE_MASK) {
                case FIFO:
                    return "a named pipe (FIFO)";
                case CHARACTER_DEVICE:
                    return "a character device (such as /dev/zero)";
                case BLOCK_DEVICE:
                    return "a block device (a disk)";
                case SOCKET:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // Fall through to the general words.
        }
        return "neither a file nor a folder";
    }
}
