package org.secnotes.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * veraPDF, the reference validator, run once per fixture for both claims of a tagged file
 * (PDF/A-2a and PDF/UA-1) in one parse; the results are kept so that every test that needs a
 * fixture's verdict shares one run.
 */
final class VeraPdf {

    /** The two claims a tagged file makes, validated together. */
    static final List<PDFAFlavour> CLAIMS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

    private static final Map<String, Map<String, Set<String>>> CACHE = new ConcurrentHashMap<>();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failed rules of a fixture's PDF, validated once per test run. */
    static Map<String, Set<String>> failedRulesOf(String name, byte[] pdf) {
        return CACHE.computeIfAbsent(name, n -> failedRules(pdf, CLAIMS));
    }

    /**
     * The failed rules by flavour id ({@code 2a}, {@code ua1}), each as clause and test number
     * such as {@code 7.18.3-1}; an empty set for a flavour that passed.
     */
    static Map<String, Set<String>> failedRules(byte[] pdf, List<PDFAFlavour> flavours) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                flavours.get(0));
             PDFAValidator validator = ValidatorFactory.createValidator(flavours)) {
            Map<String, Set<String>> failed = new TreeMap<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                Set<String> rules = new TreeSet<>();
                result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .forEach(a -> rules.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()));
                if (rules.isEmpty() && !result.isCompliant()) {
                    rules.add("(not compliant, no failed assertion recorded)");
                }
                failed.put(result.getPDFAFlavour().getId(), rules);
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
