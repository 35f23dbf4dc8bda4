package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/** Hard cases of English news text: each row is a paragraph and the sentences it must give. */
class EnglishSentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.forLanguage(Language.EN);

    static Stream<Arguments> hardCases() {
        return Stream.of(
                // Titles and abbreviations.
                row(
                        "Mr. Nguyen Tien Thanh chaired the conference. Dr. Pham Van Nam and Mrs. Tran Thi Hoa "
                                + "attended.",
                        "Mr. Nguyen Tien Thanh chaired the conference.",
                        "Dr. Pham Van Nam and Mrs. Tran Thi Hoa attended."),
                row(
                        "The U.S. delegation arrived on Monday. It met provincial leaders.",
                        "The U.S. delegation arrived on Monday.",
                        "It met provincial leaders."),
                row("Delegates from the U.S. and Japan attended.", "Delegates from the U.S. and Japan attended."),
                row(
                        "Decision No. 15 was signed in 2023. It took effect at once.",
                        "Decision No. 15 was signed in 2023.",
                        "It took effect at once."),
                row(
                        "Sectors such as farming, trade, etc. were discussed, e.g. rice exports.",
                        "Sectors such as farming, trade, etc. were discussed, e.g. rice exports."),
                row(
                        "Comrade H. Nguyen spoke. H. Nguyen also presented awards.",
                        "Comrade H. Nguyen spoke.",
                        "H. Nguyen also presented awards."),
                // References and dates.
                row(
                        "Project No. 08-DA/TU of July 5, 2023 was implemented rigorously. Citizen reception was "
                                + "ensured.",
                        "Project No. 08-DA/TU of July 5, 2023 was implemented rigorously.",
                        "Citizen reception was ensured."),
                row(
                        "The conference was held on 21/12/2023. It lasted one day.",
                        "The conference was held on 21/12/2023.",
                        "It lasted one day."),
                row(
                        "On 21.12.2023, the conference was held in Thai Binh.",
                        "On 21.12.2023, the conference was held in Thai Binh."),
                // Quotes closing after the full stop, quotes opening a sentence.
                row(
                        "He said: \"We will continue.\" The delegates applauded.",
                        "He said: \"We will continue.\"",
                        "The delegates applauded."),
                row(
                        "He said: “We will continue.” The delegates applauded.",
                        "He said: “We will continue.”",
                        "The delegates applauded."),
                row(
                        "\"We must listen to the people,\" he said. The delegates agreed.",
                        "\"We must listen to the people,\" he said.",
                        "The delegates agreed."),
                row(
                        "The movement is called \"Skillful Mass Mobilization\". It keeps spreading.",
                        "The movement is called \"Skillful Mass Mobilization\".",
                        "It keeps spreading."),
                // Ellipses.
                row(
                        "There were difficulties… But the movement progressed.",
                        "There were difficulties…",
                        "But the movement progressed."),
                row(
                        "There were difficulties... But the movement progressed.",
                        "There were difficulties...",
                        "But the movement progressed."),
                row("Communes, wards... and towns took part.", "Communes, wards... and towns took part."),
                // A colon list.
                row(
                        "Three tasks were set: 1. improve propaganda; 2. promote democracy; 3. reform procedures.",
                        "Three tasks were set: 1. improve propaganda; 2. promote democracy; 3. reform procedures."),
                // Numbers: at the end, at the start, decimals.
                row(
                        "The number of decorated comrades reached 40. Sixteen collectives were commended.",
                        "The number of decorated comrades reached 40.",
                        "Sixteen collectives were commended."),
                row(
                        "The medal was awarded in 2023. 40 comrades received it.",
                        "The medal was awarded in 2023.",
                        "40 comrades received it."),
                row(
                        "Growth reached 6.5 percent in 2023. The budget was 1,000,000 dong.",
                        "Growth reached 6.5 percent in 2023.",
                        "The budget was 1,000,000 dong."),
                // A stray space before the full stop; double spaces.
                row(
                        "He cited the political goals . He also suggested acting.",
                        "He cited the political goals .",
                        "He also suggested acting."),
                row("The meeting closed.  The delegates left.", "The meeting closed.", "The delegates left."),
                // URLs and e-mail addresses.
                row(
                        "The text is on www.thaibinh.gov.vn. Write to ban.danvan@thaibinh.gov.vn for a copy.",
                        "The text is on www.thaibinh.gov.vn.",
                        "Write to ban.danvan@thaibinh.gov.vn for a copy."),
                row(
                        "See https://vietnam.vn/improving-quality.html for details.",
                        "See https://vietnam.vn/improving-quality.html for details."),
                // A title without a final full stop; question and exclamation.
                row(
                        "Improving the quality and effectiveness of mass mobilization work",
                        "Improving the quality and effectiveness of mass mobilization work"),
                row(
                        "How do we win the people's trust? By listening! That is the method.",
                        "How do we win the people's trust?",
                        "By listening!",
                        "That is the method."));
    }

    @ParameterizedTest
    @MethodSource("hardCases")
    void splitsHardCases(String paragraph, List<String> expected) {
        assertThat(SPLITTER.split(paragraph)).containsExactlyElementsOf(expected);
    }

    static Arguments row(String paragraph, String... sentences) {
        return arguments(paragraph, List.of(sentences));
    }
}
