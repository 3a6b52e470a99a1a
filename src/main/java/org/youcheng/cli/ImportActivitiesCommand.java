package org.youcheng.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.io.ActivityImporter;
import org.youcheng.io.Format;
import org.youcheng.io.ImportReport;
import picocli.CommandLine.Command;

@Command(
        name = "import-activities",
        mixinStandardHelpOptions = true,
        description = {
            "Import activities (delegations, events, agreements, projects, awards): a CSV (UTF-8) table "
                    + "with a type column (类型), or an .xlsx workbook with one sheet per type (delegation, event, "
                    + "agreement, project, award, or 代表团, 活动, 协议, 合作项目, 奖项荣誉).",
            "Columns: place (中方) or place_code, partners (外方, names split by ;), partner_country (国家), "
                    + "partner_codes, organisations (外方机构), and the fields of the type (see the README).",
            "Each file imports whole or not at all; every bad row is reported on stderr and the exit code is 1."
        })
class ImportActivitiesCommand extends ImportCommand {

    @Override
    ImportReport importOne(ConfigurableApplicationContext ctx, Path f) throws IOException {
        return ctx.getBean(ActivityImporter.class)
                .importFile(
                        () -> Files.newInputStream(f),
                        Format.ofFile(f.toString()),
                        f.getFileName().toString(),
                        dryRun);
    }
}
