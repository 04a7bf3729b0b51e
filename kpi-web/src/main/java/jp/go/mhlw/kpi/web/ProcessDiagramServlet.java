package jp.go.mhlw.kpi.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The rendered diagrams of the follow-up models (bpmn module, beside each model), for the cycle dashboard. Only
 * the named models; web.xml lets the secretariat and ministry officers in.
 */
@WebServlet("/process-diagram/*")
public class ProcessDiagramServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Set<String> DIAGRAMS = Set.of("/annual-follow-up.png", "/report-request.png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        if (name == null || !DIAGRAMS.contains(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream png = Thread.currentThread().getContextClassLoader().getResourceAsStream("bpmn" + name)) {
            if (png == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/png");
            response.setHeader("Cache-Control", "private, max-age=3600");
            png.transferTo(response.getOutputStream());
        }
    }
}
