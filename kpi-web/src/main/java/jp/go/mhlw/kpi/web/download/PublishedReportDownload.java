package jp.go.mhlw.kpi.web.download;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.go.mhlw.kpi.application.report.PublishedReports;
import jp.go.mhlw.kpi.application.report.ReportExports;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;

/**
 * The downloads of a published report version, public like the page:
 * {@code /public/download/report.csv|.xlsx|.pdf?cycle=PLAN-2-FY2023&version=1} (the current version without
 * {@code version}). Unknown cycles, versions or formats are 404; a bad version number is 400.
 */
@WebServlet("/public/download/*")
public class PublishedReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublishedReports publishedReports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Format format = Format.of(path).orElse(null);
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer version = null;
        String versionText = request.getParameter("version");
        if (versionText != null && !versionText.isBlank()) {
            try {
                version = Integer.valueOf(versionText.strip());
            } catch (NumberFormatException notANumber) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "version must be a number");
                return;
            }
        }
        Optional<PublishedReport> report = publishedReports.find(request.getParameter("cycle"), version);
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = format.render(report.get());
        String fileName = ReportExports.fileName(report.get(), format.extension);
        response.setContentType(format.contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // a version never changes once published: caches may keep it (the current version for a short while only)
        response.setHeader("Cache-Control", version != null ? "public, max-age=86400" : "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        static Optional<Format> of(String path) {
            for (Format format : values()) {
                if (path.equals("/report." + format.extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        byte[] render(PublishedReport report) {
            return switch (this) {
                case CSV -> ReportExports.csv(report);
                case XLSX -> ReportExports.workbook(report);
                case PDF -> ReportExports.pdf(report);
            };
        }
    }
}
