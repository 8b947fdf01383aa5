package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Chinese bundle (the default) and the English one say the same things, and every key the code names exists. */
class MessageBundlesTest {

    private static final MessageBundle CHINESE = MessageBundle.load("messages.properties");
    private static final MessageBundle ENGLISH = MessageBundle.load("messages_en.properties");

    /** Keys whose languages take different arguments on purpose. */
    private static final Map<String, String> LANGUAGE_SPECIFIC_ARGUMENTS = Map.of(
            "label.month", "English names the month ({1,choice,…}), Chinese writes its number (2026年11月)",
            "label.deadlineMonth", "Chinese prints the month as the documents do (十月份, argument 2), English by name",
            "label.deadlineDate", "Chinese prints the date as the documents do (10月15日前, argument 3), English by name");

    /** Chinese terms English pages quote on purpose, each with why. */
    private static final Map<String, String> QUOTED_CHINESE = Map.of(
            "报", "the 报 (report to) list, named as the bulletin's footer prints it",
            "发", "the 发 (distribute to) list, named as the bulletin's footer prints it",
            "休", "a holiday in the calendar's lines, typed as written (2026-10-01 休 国庆节)",
            "班", "a make-up workday in the calendar's lines, typed as written (2026-09-27 班 国庆节)",
            "国庆节", "the holiday name in the example calendar lines",
            "补录", "the back-fill mark the office knows the month by",
            "专刊", "a special issue, as printed under the masthead",
            "一、二、三、", "the bulletin's Chinese item numbering, shown as printed",
            "1、2、3、", "the bulletin's Arabic item numbering, shown as printed");

    private static final Pattern CJK =
            Pattern.compile("[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(ENGLISH.values().keySet())
                .as("keys of %s against %s", ENGLISH.file(), CHINESE.file())
                .containsExactlyInAnyOrderElementsOf(CHINESE.values().keySet());
    }

    @Test
    void noBundleListsAKeyTwice() {
        assertThat(CHINESE.duplicates())
                .as("keys listed twice in %s", CHINESE.file())
                .isEmpty();
        assertThat(ENGLISH.duplicates())
                .as("keys listed twice in %s", ENGLISH.file())
                .isEmpty();
    }

    @Test
    void eachKeyTakesTheSameArgumentsInBothLanguages() {
        List<String> differing = CHINESE.values().keySet().stream()
                .filter(k -> ENGLISH.values().containsKey(k) && !LANGUAGE_SPECIFIC_ARGUMENTS.containsKey(k))
                .filter(k -> !MessageBundle.placeholders(CHINESE.values().get(k))
                        .equals(MessageBundle.placeholders(ENGLISH.values().get(k))))
                .map(k -> k + ": " + CHINESE.values().get(k) + " | "
                        + ENGLISH.values().get(k))
                .toList();

        assertThat(differing).isEmpty();
        assertThat(CHINESE.values())
                .containsKeys(LANGUAGE_SPECIFIC_ARGUMENTS.keySet().toArray(String[]::new));
    }

    @Test
    void aValueWithArgumentsDoublesItsApostrophes() {
        assertThat(withLoneApostrophe(CHINESE)).isEmpty();
        assertThat(withLoneApostrophe(ENGLISH)).isEmpty();
    }

    /** Without arguments Spring returns the value as written, so '' would show twice. */
    @Test
    void aValueWithoutArgumentsWritesItsApostrophesOnce() {
        assertThat(CHINESE.values())
                .noneSatisfy((k, v) -> assertThat(MessageBundle.placeholders(v).isEmpty() && v.contains("''"))
                        .as(k)
                        .isTrue());
        assertThat(ENGLISH.values())
                .noneSatisfy((k, v) -> assertThat(MessageBundle.placeholders(v).isEmpty() && v.contains("''"))
                        .as(k)
                        .isTrue());
    }

    @Test
    void englishValuesHoldNoChineseButTheTermsTheyQuote() {
        List<String> quoted = QUOTED_CHINESE.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .toList();
        List<String> untranslated = ENGLISH.values().entrySet().stream()
                .filter(e -> CJK.matcher(withoutTerms(e.getValue(), quoted)).find())
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();

        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyQuotedTermIsStillQuotedSomewhere() {
        assertThat(QUOTED_CHINESE.keySet())
                .allMatch(term -> ENGLISH.values().values().stream().anyMatch(v -> v.contains(term)));
    }

    @Test
    void noChineseValueIsTheEnglishOneLeftUntranslated() {
        List<String> same = CHINESE.values().entrySet().stream()
                .filter(e -> e.getValue().equals(ENGLISH.values().get(e.getKey())))
                .filter(e -> LATIN_WORD.matcher(e.getValue()).find())
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();

        assertThat(same).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesNameIsInBothBundles() {
        List<MessageKeyReferences.Reference> references = MessageKeyReferences.inTemplates();

        assertThat(references).hasSizeGreaterThan(100);
        assertThat(missing(references)).isEmpty();
    }

    @Test
    void everyMessageExpressionOfTheTemplatesIsRead() {
        assertThat(MessageKeyReferences.unreadTemplateExpressions()).isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeNamesIsInBothBundles() {
        Set<String> firstSegments = CHINESE.values().keySet().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        List<MessageKeyReferences.Reference> references = MessageKeyReferences.inJava(firstSegments);

        assertThat(references)
                .extracting(MessageKeyReferences.Reference::key)
                .contains("error.cycle.unknown", "error.title.", "cycle.urged");
        assertThat(missing(references)).isEmpty();
    }

    private static List<MessageKeyReferences.Reference> missing(List<MessageKeyReferences.Reference> references) {
        return references.stream()
                .filter(r -> !CHINESE.has(r.key()) || !ENGLISH.has(r.key()))
                .toList();
    }

    private static List<String> withLoneApostrophe(MessageBundle bundle) {
        return bundle.values().entrySet().stream()
                .filter(e -> !MessageBundle.placeholders(e.getValue()).isEmpty())
                .filter(e -> MessageBundle.hasLoneApostrophe(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }

    private static String withoutTerms(String value, List<String> terms) {
        String rest = value;
        for (String term : terms) {
            rest = rest.replace(term, "");
        }
        return rest;
    }
}
