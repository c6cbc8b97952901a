package dk.hoeringssvar.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's validation of PDF bytes against PDF/A-2u or PDF/UA-1, reduced to the rules that failed, so a
 * failing assertion says what broke.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Failed rules of PDF/A-2u, as "clause-test (n×): description". Empty when the file passes. */
    public static List<String> pdfA2uFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** Failed rules of PDF/UA-1 (the machine-checkable part), as "clause-test (n×): description". */
    public static List<String> pdfUa1Failures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** Failed rules of {@code flavour}: one entry per rule, with how often it failed. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                messages.putIfAbsent(rule, assertion.getMessage());
            }
            List<String> out = new ArrayList<>();
            counts.forEach((rule, n) -> out.add(rule + " (" + n + "×): " + messages.get(rule)));
            if (out.isEmpty() && !result.isCompliant()) {
                out.add("not compliant, but no failed rule was reported");
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file against " + flavour + ": " + e, e);
        }
    }
}
