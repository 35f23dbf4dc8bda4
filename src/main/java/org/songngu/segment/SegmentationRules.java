package org.songngu.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxParser;
import net.loomchild.segment.srx.io.Srx2SaxParser;
import org.songngu.corpus.Language;

/**
 * Builds the SRX rule document of one language: Songngu's own rules first (in SRX the first rule
 * that matches a position decides), then LanguageTool's rules for French and English (its
 * general rules and its language's rules, without its catch-all {@code Default} rules).
 *
 * <p>LanguageTool's {@code segment.srx} is read as a plain classpath resource so that this core
 * package depends on the SRX engine only, never on LanguageTool's classes.
 */
final class SegmentationRules {

    static final String LANGUAGETOOL_SRX = "/org/languagetool/resource/segment.srx";
    static final String SONGNGU_SRX = "/org/songngu/segment/songngu-segment.srx";
    static final String VIETNAMESE_SRX = "/org/songngu/segment/vietnamese-segment.srx";

    /**
     * LanguageTool's catch-all rules, left out: they break at a no-break space followed by more
     * white space (a run that SentenceSplitter has already made one space), at U+2029, at the
     * markers of an OpenOffice plug-in and in subtitle files, none of which reaches us, and
     * scanning for them took half of the time spent on a French paragraph.
     */
    static final Set<String> LEFT_OUT = Set.of("Default");

    private SegmentationRules() {}

    /** The merged, read-only document for a language; parsing takes a few hundred milliseconds. */
    static SrxDocument forLanguage(Language language) {
        return switch (language) {
            case FR, EN -> merge(language.code(), SONGNGU_SRX, LANGUAGETOOL_SRX);
            case VI -> merge(language.code(), VIETNAMESE_SRX);
        };
    }

    /**
     * Concatenates, in the order given, the language rules that each resource maps to the
     * language code; fails when a resource is missing, malformed or has no rule for the code.
     */
    static SrxDocument merge(String languageCode, String... resources) {
        SrxDocument merged = new SrxDocument(true);
        for (String resource : resources) {
            List<LanguageRule> rules = parse(resource).getLanguageRuleList(languageCode);
            if (rules.isEmpty()) {
                throw new IllegalStateException(
                        "SRX rules " + resource + " have no language rule for '" + languageCode + "'");
            }
            for (LanguageRule rule : rules) {
                if (LEFT_OUT.contains(rule.getName())) {
                    continue;
                }
                // Copies so that the merged document shares no mutable list with the parsed one.
                merged.addLanguageMap(".*", new LanguageRule(rule.getName(), new ArrayList<>(rule.getRuleList())));
            }
        }
        return merged;
    }

    private static SrxDocument parse(String resource) {
        InputStream stream = SegmentationRules.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("SRX rules not found on the classpath: " + resource);
        }
        SrxParser parser = new Srx2SaxParser(Map.of(Srx2SaxParser.VALIDATE_PARAMETER, false));
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SRX rules " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("malformed SRX rules " + resource + ": " + e.getMessage(), e);
        }
    }
}
