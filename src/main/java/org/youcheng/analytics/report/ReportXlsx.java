package org.youcheng.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.analytics.Anniversary;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.RegionLayout;
import org.youcheng.analytics.TieLine;
import org.youcheng.analytics.YearReport;
import org.youcheng.ledger.ActivityFigures;

/** A year-end report as a workbook: the figures on the first sheet, then one sheet per list. */
@Component
record ReportXlsx(MessageSource messages) {

    void write(YearReport r, java.util.Locale locale, OutputStream out) throws IOException {
        boolean zh = !"en".equals(locale.getLanguage());
        FriendshipProfile p = r.profile();
        Workbook wb = new Workbook(out, "youcheng", "1.0");
        summary(wb.newWorksheet(zh ? "概述" : "Summary"), r, zh, locale);
        Worksheet s = wb.newWorksheet(zh ? "概况" : "Figures");
        int row = 0;
        header(
                s,
                row++,
                t("report.figure", locale),
                t("report.value", locale),
                t("report.inProvince", locale),
                t("report.nationally", locale));
        for (FriendshipProfile.PeerFigure f : p.peers()) {
            s.value(row, 0, t("report.fig." + f.figure(), locale));
            s.value(row, 1, f.value());
            s.value(row, 2, standing(f.province(), locale));
            s.value(row, 3, standing(f.nation(), locale));
            row++;
        }
        s.value(row, 0, t("report.rank", locale));
        s.value(
                row,
                1,
                r.rank().rank() == null
                        ? t("report.noRank", locale)
                        : r.rank().rank().toString());
        s.value(row, 2, r.rankOf());
        s.value(row++, 3, r.rank().index());
        if (p.counts().unverified() > 0) {
            s.value(row, 0, t("report.kind.unverified", locale));
            s.value(row++, 1, p.counts().unverified());
        }
        s.value(
                row++,
                0,
                messages.getMessage(
                        "report.basis",
                        new Object[] {zh ? p.counts().basisZh() : p.counts().basisEn()},
                        locale));
        s.finish();
        activities(wb.newWorksheet(zh ? "交流合作" : "Activities"), r.activities(), zh, locale);
        roster(wb.newWorksheet(zh ? "友好关系" : "Ties"), r, zh, locale);
        ties(wb.newWorksheet(zh ? "本年新增" : "New"), p.newTies(), zh, locale);
        ties(wb.newWorksheet(zh ? "零的突破" : "Firsts"), p.firsts(), zh, locale);
        Worksheet a = wb.newWorksheet(zh ? "周年" : "Anniversaries");
        header(
                a,
                0,
                t("report.partner", locale),
                t("report.country", locale),
                t("report.years", locale),
                t("report.on", locale));
        int i = 1;
        for (Anniversary x : java.util.stream.Stream.concat(
                        p.anniversariesOfYear().stream(), p.anniversaries().stream())
                .toList()) {
            a.value(i, 0, zh ? x.tie().partnerZh() : x.tie().partnerEn());
            a.value(i, 1, x.tie().country());
            a.value(i, 2, x.years());
            a.value(i++, 3, x.on().toString());
        }
        a.finish();
        Worksheet l = wb.newWorksheet(zh ? "布局" : "Layout");
        header(
                l,
                0,
                t("report.region", locale),
                t("report.verb", locale),
                t("report.now", locale),
                t("report.target", locale),
                t("report.gap", locale),
                t("report.newInYear", locale));
        i = 1;
        for (RegionLayout x : p.layout()) {
            l.value(i, 0, x.region());
            l.value(i, 1, x.verb().code());
            l.value(i, 2, x.now());
            l.value(i, 3, x.target());
            l.value(i, 4, x.gap());
            l.value(i++, 5, x.newTies());
        }
        l.finish();
        ties(wb.newWorksheet(zh ? "休眠" : "Dormant"), r.dormant(), zh, locale);
        wb.finish();
    }

    /** The paragraph, the scope and basis, and the headline counts, each number in a cell of its own. */
    private void summary(Worksheet s, YearReport r, boolean zh, java.util.Locale locale) throws IOException {
        FriendshipProfile p = r.profile();
        s.value(0, 0, t("report.summary", locale));
        s.style(0, 0).bold().set();
        s.value(0, 1, r.summary().label(zh));
        s.value(1, 0, zh ? "范围" : "Scope");
        s.value(1, 1, zh ? p.scopeZh() : p.scopeEn());
        s.value(2, 0, zh ? "截至" : "As of");
        s.value(2, 1, p.asOf().toString());
        s.value(
                3,
                0,
                messages.getMessage(
                        "report.basis",
                        new Object[] {zh ? p.counts().basisZh() : p.counts().basisEn()},
                        locale));
        Object[][] rows = {
            {"report.kind.sister", p.counts().sister()},
            {"report.kind.partner", p.counts().partner()},
            {"report.kind.intent", p.counts().intent()},
            {"report.kind.unverified", p.counts().unverified()},
            {"report.total", p.counts().total()},
            {"report.countries", p.counts().countries()},
            {"report.continents", p.counts().continents()}
        };
        s.value(4, 0, t("report.figure", locale));
        s.value(4, 1, t("report.value", locale));
        s.style(4, 0).bold().set();
        s.style(4, 1).bold().set();
        int row = 5;
        for (Object[] x : rows) {
            s.value(row, 0, t((String) x[0], locale));
            s.value(row++, 1, (Integer) x[1]);
        }
        s.width(0, 22);
        s.width(1, 120);
        s.finish();
    }

    /** Every standing tie: both names, level, country, continent, kind, signing, years, and our side. */
    private void roster(Worksheet s, YearReport r, boolean zh, java.util.Locale locale) throws IOException {
        header(
                s,
                0,
                t("report.partner", locale),
                zh ? "外文名" : "Latin name",
                t("report.level", locale),
                t("report.country", locale),
                t("report.continents", locale),
                t("report.kind", locale),
                t("report.signed", locale),
                t("report.yearsSince", locale),
                t("report.holder", locale));
        int row = 1;
        for (TieLine x : r.ties()) {
            s.value(row, 0, x.partnerZh());
            s.value(row, 1, x.partnerEn());
            s.value(row, 2, t("report.level." + x.partnerLevel(), locale));
            s.value(row, 3, zh ? x.countryZh() : x.countryEn());
            s.value(row, 4, x.continent());
            s.value(row, 5, x.kind().label(zh));
            s.value(row, 6, x.signed() == null ? null : x.signed().toString());
            s.value(row, 7, x.yearsAt(r.profile().year()));
            var h = r.holders().get(x.holder());
            s.value(row++, 8, h == null ? null : zh || h.nameEn() == null ? h.nameZh() : h.nameEn());
        }
        s.finish();
    }

    private String standing(org.youcheng.analytics.Standing st, java.util.Locale locale) {
        return st.ranked() ? st.rank() + "/" + st.of() : t("report.noRank", locale) + "/" + st.of();
    }

    private void activities(Worksheet s, ActivityFigures a, boolean zh, java.util.Locale locale) throws IOException {
        header(s, 0, t("report.figure", locale), t("report.value", locale));
        Object[][] rows = {
            {"report.act.received", a.received().count()},
            {"report.act.sent", a.sent().count()},
            {"report.act.personTimes", a.received().personTimes() + a.sent().personTimes()},
            {"report.act.events", a.events().count()},
            {"report.act.agreements", a.agreements().count()},
            {"report.act.projects", a.projects().count()},
            {"report.act.outcomes", a.outcomes().size()},
            {"report.act.awards", a.awards().size()}
        };
        int row = 1;
        for (Object[] r : rows) {
            s.value(row, 0, t((String) r[0], locale));
            s.value(row++, 1, (Integer) r[1]);
        }
        for (var d : a.projects().byDomain().entrySet()) {
            if (d.getValue() > 0) {
                s.value(
                        row,
                        0,
                        t("report.byDomain", locale) + ": " + (d.getKey().label(zh)));
                s.value(row++, 1, d.getValue());
            }
        }
        s.finish();
    }

    private void ties(Worksheet s, List<TieLine> ties, boolean zh, java.util.Locale locale) throws IOException {
        header(
                s,
                0,
                t("report.partner", locale),
                t("report.country", locale),
                t("report.kind", locale),
                t("report.signed", locale));
        int row = 1;
        for (TieLine x : ties) {
            s.value(row, 0, zh ? x.partnerZh() : x.partnerEn());
            s.value(row, 1, x.country());
            s.value(row, 2, x.kind().code());
            s.value(row++, 3, x.signed() == null ? null : x.signed().toString());
        }
        s.finish();
    }

    private static void header(Worksheet s, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            s.value(row, i, cells[i]);
            s.style(row, i).bold().set();
        }
    }

    private String t(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
