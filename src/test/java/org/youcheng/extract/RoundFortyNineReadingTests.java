package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-nine, on sentences written for these tests (never taken from an article): a list that
 * 与 governs, ended by 及, is the subject's partners and no pair of its own; a word for any tie (缔盟) gives way to the
 * agreement the same sentence names (友好交流协定); 伙伴协定 is a looser tie; a count right after a
 * word for any tie (累积缔盟52座国际城市) is a total of every partner.
 */
class RoundFortyNineReadingTests {

    @Test
    void aListGovernedByTheConnectorAndEndedByJiIsEveryPartnersOfTheSubject() {
        // the subject left out: the paragraph's place; 及 ends the list of partners, it pairs none of them
        assertThat(RoundTenReadingTests.read("扬州市推动国际交流。今年还计划与日本下关市、新潟市及横滨市等城市缔盟。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactlyInAnyOrder("下关市", "新潟市", "横滨市");
        // two foreign places joined by 及 and no connector before them are a tie of their own, not the subject's
        assertThat(RoundTenReadingTests.read("扬州市推动国际交流。日本下关市及新潟市早已结为友好城市。")).isEmpty();
    }

    @Test
    void aWordForAnyTieGivesWayToTheAgreementTheSentenceNames() {
        assertThat(RoundTenReadingTests.read("扬州市与日本下关市缔盟,今日在市民中心举行友好交流协定签署仪式。"))
                .containsExactly("扬州市|下关市|日本|partner|connector");
        // another foreign place between them: the agreement is that place's
        assertThat(RoundTenReadingTests.read("扬州市与日本下关市缔盟,此前已与横滨市签署友好交流协定。")).contains("扬州市|下关市|日本|sister|connector");
    }

    @Test
    void aPartnershipAgreementIsALooserTie() {
        assertThat(RoundTenReadingTests.read("扬州市与日本下关市共同签署两市伙伴协定。")).containsExactly("扬州市|下关市|日本|partner|connector");
    }

    @Test
    void aCountRightAfterAWordForAnyTieIsATotalOfEveryPartner() {
        assertThat(TotalFinderTests.totals("扬州市推动国际城市交流,目前累积缔盟52座国际城市。")).containsExactly("扬州市|null|null|52|null|null");
        // a count of other things after it is none
        assertThat(TotalFinderTests.totals("扬州市推动国际城市交流,目前累积缔盟52个合作项目。")).isEmpty();
    }
}
