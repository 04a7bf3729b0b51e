package jp.go.mhlw.kpi.web.diagram;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Where each element of a BPMN model is drawn on its rendered PNG ({@code bpmn/<key>.png} beside
 * {@code bpmn/<key>.bpmn}), read from the model's diagram interchange (every {@code bpmndi:BPMNShape}'s
 * {@code dc:Bounds}).
 *
 * <p>{@code scripts/render-bpmn.sh} renders each model with bpmn-js on a page sized to the diagram's extent plus a
 * margin of {@value #MARGIN} pixels on every side, at scale 1, with the view box starting {@value #MARGIN} before the
 * smallest x and y of any bounds (labels included). So a point (x, y) of the model is the pixel
 * (x − minX + {@value #MARGIN}, y − minY + {@value #MARGIN}), and the PNG is ⌈maxX − minX + 2·{@value #MARGIN}⌉ wide and
 * ⌈maxY − minY + 2·{@value #MARGIN}⌉ high, where maxX runs over the bounds' right edges and the edges' waypoints and
 * maxY over the bounds' bottoms plus {@value #LABEL_ROOM} (room for a label under them) and the waypoints.
 */
public final class DiagramLayout {

    /** The render script's margin around the diagram, in pixels. */
    static final int MARGIN = 40;
    /** The render script's room below each shape for its label. */
    static final int LABEL_ROOM = 30;

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

    /** One element's box on the PNG, in pixels, and its name as the model gives it ("日本語 / English"). */
    public record Shape(String id, String name, double x, double y, double width, double height) {

        /** The name in this language: the model's names are "Japanese / English". */
        public String name(Locale locale) {
            if (name == null || name.isBlank()) {
                return id;
            }
            int slash = name.indexOf(" / ");
            if (slash < 0) {
                return name.strip();
            }
            return (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? name.substring(slash + 3)
                    : name.substring(0, slash)).strip();
        }
    }

    private final String processKey;
    private final String processName;
    private final int width;
    private final int height;
    private final Map<String, Shape> shapes;

    private DiagramLayout(String processKey, String processName, int width, int height, Map<String, Shape> shapes) {
        this.processKey = processKey;
        this.processName = processName;
        this.width = width;
        this.height = height;
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /** Reads the model {@code bpmn/<processKey>.bpmn} from the class path. */
    public static DiagramLayout load(String processKey, ClassLoader loader) {
        try (InputStream model = loader.getResourceAsStream("bpmn/" + processKey + ".bpmn")) {
            if (model == null) {
                throw new IllegalArgumentException("No model bpmn/" + processKey + ".bpmn");
            }
            return read(processKey, model);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Reads a model's diagram interchange. */
    public static DiagramLayout read(String processKey, InputStream model) throws IOException {
        Document document = parse(model);
        Map<String, String> names = new LinkedHashMap<>();
        String processName = processKey;
        NodeList all = document.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id") && element.hasAttribute("name")) {
                names.put(element.getAttribute("id"), element.getAttribute("name"));
                if ("process".equals(element.getLocalName()) && processKey.equals(element.getAttribute("id"))) {
                    processName = element.getAttribute("name");
                }
            }
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = 0;
        double maxY = 0;
        NodeList bounds = document.getElementsByTagNameNS(DC, "Bounds");
        for (int i = 0; i < bounds.getLength(); i++) {
            Element box = (Element) bounds.item(i);
            double x = number(box, "x");
            double y = number(box, "y");
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x + number(box, "width"));
            maxY = Math.max(maxY, y + number(box, "height") + LABEL_ROOM);
        }
        NodeList waypoints = document.getElementsByTagNameNS(DI, "waypoint");
        for (int i = 0; i < waypoints.getLength(); i++) {
            Element point = (Element) waypoints.item(i);
            maxX = Math.max(maxX, number(point, "x"));
            maxY = Math.max(maxY, number(point, "y"));
        }
        if (bounds.getLength() == 0) {
            throw new IOException("The model " + processKey + " has no diagram");
        }
        double offsetX = MARGIN - minX;
        double offsetY = MARGIN - minY;
        Map<String, Shape> shapes = new LinkedHashMap<>();
        NodeList shapeElements = document.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapeElements.getLength(); i++) {
            Element shape = (Element) shapeElements.item(i);
            String id = shape.getAttribute("bpmnElement");
            Element box = firstChild(shape, DC, "Bounds");
            if (box != null && !id.isEmpty()) {
                shapes.put(id, new Shape(id, names.get(id), number(box, "x") + offsetX, number(box, "y") + offsetY,
                        number(box, "width"), number(box, "height")));
            }
        }
        int width = (int) Math.ceil(maxX - minX + 2 * MARGIN);
        int height = (int) Math.ceil(maxY - minY + 2 * MARGIN);
        return new DiagramLayout(processKey, processName, width, height, shapes);
    }

    /** The width and height of a PNG, from its header. */
    public static int[] pngSize(InputStream png) throws IOException {
        DataInputStream in = new DataInputStream(png);
        byte[] signature = new byte[8];
        in.readFully(signature);
        if ((signature[1] & 0xff) != 'P' || (signature[2] & 0xff) != 'N' || (signature[3] & 0xff) != 'G') {
            throw new IOException("Not a PNG");
        }
        in.readInt(); // the IHDR chunk's length
        in.readInt(); // "IHDR"
        return new int[] {in.readInt(), in.readInt()};
    }

    public String processKey() {
        return processKey;
    }

    /** The process's name in this language. */
    public String processName(Locale locale) {
        return new Shape(processKey, processName, 0, 0, 0, 0).name(locale);
    }

    /** The rendered PNG's width in pixels. */
    public int width() {
        return width;
    }

    /** The rendered PNG's height in pixels. */
    public int height() {
        return height;
    }

    public Optional<Shape> shape(String elementId) {
        return Optional.ofNullable(shapes.get(elementId));
    }

    public Map<String, Shape> shapes() {
        return shapes;
    }

    private static Document parse(InputStream model) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(model);
        } catch (ParserConfigurationException | SAXException invalid) {
            throw new IOException("Unreadable model: " + invalid.getMessage(), invalid);
        }
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
