package org.youcheng.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityShapeTests {

    private static ActivityCommon common(String title) {
        return new ActivityCommon(7, null, List.of(), title, LocalDate.of(2024, 5, 1), null, null, null);
    }

    @Test
    void everyMemberOfTheFamilyHasAShapeAndTogetherTheyHoldEveryFieldOfOneType() {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        Set<ActivityField> own = new HashSet<>();
        for (Class<?> member : ActivityDraft.class.getPermittedSubclasses()) {
            ActivityShape shape = ActivityShape.of(member);
            assertThat(types.add(shape.type())).as(member.getSimpleName()).isTrue();
            for (var c : member.getRecordComponents()) {
                if (!c.getName().equals("common")) {
                    own.add(ActivityField.valueOf(
                            c.getName().replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT)));
                }
            }
        }
        assertThat(types).containsExactlyInAnyOrder(ActivityType.values());
        for (ActivityField f : ActivityField.values()) {
            long of =
                    java.util.Arrays.stream(ActivityType.values()).filter(f::of).count();
            assertThat(own.contains(f)).as(f.name()).isEqualTo(of == 1);
        }
    }

    @Test
    void aMemberAnswersItsTypeItsOwnFieldsAndACopyWithOtherCommonFields() {
        Delegation d = new Delegation(common("来访"), Direction.RECEIVED, LeaderLevel.values()[0], 12, "交流");
        assertThat(d.type()).isEqualTo(ActivityType.DELEGATION);
        assertThat(d.own(ActivityField.HEAD_COUNT)).isEqualTo(12);
        assertThat(d.own(ActivityField.PURPOSE)).isEqualTo("交流");
        assertThat(d.own(ActivityField.VENUE)).isNull();
        assertThat(d.own(ActivityField.TITLE)).isNull();
        assertThat(d.value(ActivityField.TITLE)).isEqualTo("来访");

        ActivityDraft moved = d.with(common("出访"));
        assertThat(moved)
                .isEqualTo(new Delegation(common("出访"), Direction.RECEIVED, LeaderLevel.values()[0], 12, "交流"));

        Award a = new Award(common("奖"), "协会", 2023, RecipientKind.values()[0], "某人");
        assertThat(a.type()).isEqualTo(ActivityType.AWARD);
        assertThat(a.own(ActivityField.YEAR)).isEqualTo(2023);
        assertThat(a.own(ActivityField.HEAD_COUNT)).isNull();
    }

    record Stray(ActivityCommon common, String colour) {}

    record Mixed(ActivityCommon common, Integer headCount, String venue) {}

    record Headless(String venue, ActivityCommon common) {}

    @Test
    void aRecordThatBreaksTheRuleIsRefusedByName() {
        assertThatThrownBy(() -> ActivityShape.of(Stray.class)).hasMessageContaining("Stray.colour");
        assertThatThrownBy(() -> ActivityShape.of(Mixed.class)).hasMessageContaining("has fields of");
        assertThatThrownBy(() -> ActivityShape.of(Headless.class)).hasMessageContaining("first component");
    }
}
