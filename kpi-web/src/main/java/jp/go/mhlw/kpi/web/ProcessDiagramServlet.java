package jp.go.mhlw.kpi.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;

/**
 * The rendered diagrams of the models (bpmn module, beside each model) that the pages of cycles, requests and supply
 * cases draw their current steps over ({@link DiagramLayouts#MODELS}); only those. The models say nothing of any
 * cycle or case: web.xml lets in every role whose pages show one.
 */
@WebServlet("/process-diagram/*")
public class ProcessDiagramServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Set<String> DIAGRAMS = DiagramLayouts.MODELS.stream().map(key -> "/" + key + ".png")
            .collect(Collectors.toUnmodifiableSet());

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
