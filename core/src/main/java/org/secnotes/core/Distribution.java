package org.secnotes.core;

/**
 * Who may receive the document, as printed in the "Distr." line.
 *
 * <p>Immutable and thread-safe.
 */
public enum Distribution {
    /** Issued to all ("Distr.: General"). */
    GENERAL,
    /** Limited distribution, such as draft resolutions ("Distr.: Limited"). */
    LIMITED,
    /** Restricted distribution ("Distr.: Restricted"). */
    RESTRICTED
}
