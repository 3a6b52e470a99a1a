package org.youcheng.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article to read: its text, and the id (file name, address) the answer should carry as its source. */
record ExtractRequest(
        @Schema(
                description = "the article's text (Chinese, simplified or traditional)",
                example = "2023年6月,绍兴市与葡萄牙科英布拉市结为友好城市。")
        String text,

        @Schema(description = "an id for the article: file name or address", example = "article-1")
        String source) {}
