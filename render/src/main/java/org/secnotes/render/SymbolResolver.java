package org.secnotes.render;

import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;

/**
 * Turns a document symbol into the web address a reader follows to open it.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SymbolResolver {

    /**
     * The address of a document in a language.
     *
     * @param symbol   the document
     * @param language the language to open it in
     * @return an http or https address
     */
    String uriFor(DocumentSymbol symbol, Language language);

    /**
     * The United Nations document system: {@code https://undocs.org/<lang>/<symbol>}.
     *
     * @return the default resolver
     */
    static SymbolResolver undocs() {
        return (symbol, language) -> "https://undocs.org/" + language.code() + "/" + symbol.value();
    }
}
