package org.songngu.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.AccentFolding;

/**
 * Finds the proper names in a French sentence that LanguageTool must not judge: the given names
 * (from the aligned Vietnamese and English versions), matched with or without diacritics, and
 * Vietnamese names it has never seen, recognised by the shape of their syllables ("Nguyen Tien
 * Thanh", "Thai Binh", "Xuân Bắc"). Immutable and thread-safe.
 *
 * <p>The heuristic accepts a run of two or more capitalised words that are each a possible
 * Vietnamese syllable, or a single such word when it cannot be French: it has
 * a letter French does not use (ư, ơ, ă, đ, ạ, ễ...), an initial ng, nh or kh, a final nh or ng,
 * the diphthong ươ/uô, or is one of the commonest Vietnamese name syllables.
 */
final class NameFinder {

    private static final String ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx]";
    private static final String RHYMES = String.join(
            "|", "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "e", "ec", "em", "en",
            "eng", "eo", "ep", "et", "i", "ia", "ich", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu", "im", "in",
            "inh", "ip", "it", "iu", "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat",
            "oay", "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong", "ooc", "oong", "op", "ot", "u", "ua",
            "uan", "uang", "uanh", "uat", "uau", "uay", "uc", "ue", "uenh", "uet", "ui", "um", "un", "ung", "uo", "uoc",
            "uoi", "uom", "uon", "uong", "uop", "uot", "uou", "up", "ut", "uu", "uy", "uya", "uych", "uyen", "uyet",
            "uynh", "uyt", "y", "yen", "yet", "yeu");
    private static final Pattern SYLLABLE = Pattern.compile("(?:" + ONSETS + ")?(?:" + RHYMES + ")");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Letters of Vietnamese that French spelling never uses. */
    private static final Pattern VIETNAMESE_ONLY_LETTER =
            Pattern.compile("[ăắằẳẵặđơớờởỡợưứừửữựảãạẻẽẹỉĩịỏõọủũụỳỷỹỵấầẩẫậếềểễệốồổỗộáíóúýìòĂĐƠƯ]");
    /** Initials ng, nh, kh, finals nh, ng and the diphthong ươ/uô: rare in capitalised French words. */
    private static final Pattern VIETNAMESE_ONLY_SHAPE = Pattern.compile("^(ng|nh|kh)|(nh|ng)$|uo");

    private static final Set<String> COMMON_SYLLABLES = Set.of(
            "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly", "dinh",
            "doan", "trinh", "luong", "thanh", "tien", "minh", "hung", "dung", "tuan", "quang", "xuan", "thuy", "huong",
            "hien", "phuong", "giang", "linh", "trang", "ngoc", "thao", "hanh", "quoc", "viet", "duc", "hieu", "khanh",
            "cuong", "phong", "nam", "hai", "thi", "van", "huu", "thang", "trung", "hoa", "binh", "tinh", "nghe");
    /** Capitalised French words at the start of a sentence that look like Vietnamese syllables. */
    private static final Set<String> FRENCH_OPENERS = Set.of(
            "le", "la", "en", "au", "du", "de", "ce", "sa", "son", "ta", "ton", "ma", "mon", "on", "ou", "si", "ni",
            "ne", "tu", "va", "ca", "an");

    private final List<String> foldedNames;

    /** @param names names to accept wherever they appear capitalised, compared without diacritics */
    NameFinder(Collection<String> names) {
        this.foldedNames = names.stream()
                .map(String::strip)
                .filter(name -> name.length() >= 2)
                .map(AccentFolding::fold)
                .distinct()
                .toList();
    }

    /** The name spans of {@code sentence}, sorted, merged where they overlap or touch. */
    List<Span> find(String sentence, Collection<String> extraNames) {
        TreeSet<Span> spans = new TreeSet<>();
        AccentFolding.Folded folded = AccentFolding.foldWithOffsets(sentence);
        addKnown(sentence, folded, foldedNames, spans);
        if (!extraNames.isEmpty()) {
            addKnown(
                    sentence,
                    folded,
                    extraNames.stream()
                            .map(String::strip)
                            .filter(name -> name.length() >= 2)
                            .map(AccentFolding::fold)
                            .distinct()
                            .toList(),
                    spans);
        }
        addVietnameseRuns(sentence, spans);
        return merge(spans);
    }

    private static void addKnown(
            String sentence, AccentFolding.Folded folded, List<String> names, Collection<Span> spans) {
        String text = folded.text();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                int start = folded.originalStart(at);
                if (bounded && Character.isUpperCase(sentence.charAt(start))) {
                    spans.add(new Span(start, folded.originalEnd(end - 1)));
                }
            }
        }
    }

    private static void addVietnameseRuns(String sentence, Collection<Span> spans) {
        Matcher word = WORD.matcher(sentence);
        List<Span> run = new ArrayList<>();
        while (word.find()) {
            String token = word.group();
            boolean candidate = isCapitalised(token)
                    && SYLLABLE.matcher(AccentFolding.fold(token)).matches();
            boolean continues =
                    !run.isEmpty() && isSpace(sentence, run.get(run.size() - 1).end(), word.start());
            if (!candidate || !continues) {
                closeRun(sentence, run, spans);
                run.clear();
            }
            if (candidate) {
                run.add(new Span(word.start(), word.end()));
            }
        }
        closeRun(sentence, run, spans);
    }

    private static void closeRun(String sentence, List<Span> run, Collection<Span> spans) {
        List<Span> words = new ArrayList<>(run);
        if (!words.isEmpty()
                && isSentenceStart(sentence, words.get(0).start())
                && FRENCH_OPENERS.contains(AccentFolding.fold(text(sentence, words.get(0))))) {
            words.remove(0);
        }
        if (words.size() >= 2) {
            spans.add(new Span(words.get(0).start(), words.get(words.size() - 1).end()));
        } else if (words.size() == 1 && cannotBeFrench(text(sentence, words.get(0)))) {
            spans.add(words.get(0));
        }
    }

    private static boolean cannotBeFrench(String word) {
        String folded = AccentFolding.fold(word);
        return VIETNAMESE_ONLY_LETTER.matcher(word).find()
                || VIETNAMESE_ONLY_SHAPE.matcher(folded).find()
                || COMMON_SYLLABLES.contains(folded);
    }

    private static boolean isCapitalised(String token) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            if (!Character.isLowerCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(String sentence, int from, int to) {
        return to - from == 1 && (sentence.charAt(from) == ' ' || sentence.charAt(from) == '\u00a0');
    }

    private static boolean isSentenceStart(String sentence, int index) {
        for (int i = 0; i < index; i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String text(String sentence, Span span) {
        return sentence.substring(span.start(), span.end());
    }

    private static List<Span> merge(TreeSet<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
