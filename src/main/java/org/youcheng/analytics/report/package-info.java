/**
 * The year-end report written as a page, PDF, xlsx or JSON: offered to the ways in (api, web, cli) beside the
 * analytics module's top package.
 */
@NamedInterface("report")
package org.youcheng.analytics.report;

import org.springframework.modulith.NamedInterface;
