package jp.go.mhlw.kpi.web.view.supply;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyAttachment;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;

/**
 * Downloads a supply report's attachment ({@code ?case=…&id=…}) for those who may see the case (the service
 * decides); anything else is 404, as for a case that does not exist. web.xml limits /supply/* to the case roles.
 */
@WebServlet("/supply/attachment")
public class SupplyAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SupplyAttachment.File> file;
        try {
            file = queries.attachmentFile(request.getParameter("case"), Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NullPointerException noSuchId) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SupplyAttachment.File found = file.get();
        response.setContentType(found.contentType());
        response.setContentLength(found.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(found.content());
    }
}
