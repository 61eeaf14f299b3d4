package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one list of source fields: what the reader accepts, what its messages name, the README's table. */
class SourceFieldTest {

    private static final NoteReader READER = NoteReader.standard();

    @Test
    void theReadmeShowsTheTableOfTheFieldsTheReaderKnows() throws Exception {
        // Tests run in the module's folder; the README is the repository's.
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains(SourceField.markdownTable()), "README.md lacks:\n" + SourceField.markdownTable());
    }

    @Test
    void aSourceWithEveryFieldReads() throws SourceException {
        SourceFile file = READER.parse("---\nsymbol: [A/73/328, S/2018/592]\ndistribution: limited\ndate: 2018-06-18\n"
                + "language: en\noriginal: en\norgan: [General Assembly]\nsession: 73\nsession-style: numeric\n"
                + "session-kind: special\nvenue: Vienna\ndates: 2018-10-15/2018-10-19\nagenda:\n  item: [\"3\", \"5 (a)\"]\n"
                + "  stage: adopted\n  title: An item\n  symbol: A/73/1\ntitle: A note\nkind: report-of-the-secretary-general\n"
                + "job: V.18-04130\n---\n1. Text.\n", null);
        assertEquals("An item", file.version().agendaTitle());
        assertEquals(2, file.metadata().agenda().items().size());
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        SourceException error = assertThrows(SourceException.class,
                () -> READER.parse("---\nsymbol: A/1\nagenda:\n  items: \"4\"\n---\n", null));
        assertEquals("<text>:4: agenda.items: unknown field; did you mean 'item'? Known fields: item, stage, symbol, title",
                error.getMessage());
    }
}
