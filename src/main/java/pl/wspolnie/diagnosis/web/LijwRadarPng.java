package pl.wspolnie.diagnosis.web;

import pl.wspolnie.diagnosis.domain.LijwPages;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * The LIJW report's radar chart as a PNG (data URI) for the PDF, where openhtmltopdf
 * draws no inline SVG: the same geometry as the page's SVG ({@link LijwPages.Report}),
 * drawn server-side with Java2D at twice the size, with the platform's embedded DejaVu
 * Sans for the labels, so the same report always gives the same image. The PDF gives it
 * the chart's description as alt text and keeps the table of figures under it.
 */
final class LijwRadarPng {

    static final int WIDTH = 340;

    static final int HEIGHT = 330;

    private static final int SCALE = 2;

    private static final Color GRID = new Color(0x76, 0x76, 0x76);

    private static final Color BLUE = new Color(0x1d, 0x5f, 0xa8);

    private static final Font FONT = load().deriveFont(Font.PLAIN, 13f);

    private LijwRadarPng() {
    }

    private static Font load() {
        try (InputStream in = LijwRadarPng.class.getResourceAsStream("/pdf/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chart with a label a plane (in the order of the report's planes). */
    static String dataUri(LijwPages.Report report, List<String> labels) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            for (double share : new double[] { 0.25, 0.5, 0.75, 1.0 }) {
                g.draw(polygon(report.grid(share)));
            }
            double centre = report.centre();
            for (LijwPages.Plane p : report.planes()) {
                double[] end = point(p.axisEnd());
                g.draw(new Line2D.Double(centre, centre, end[0], end[1]));
            }
            Path2D radar = polygon(report.radarPolygon());
            g.setColor(new Color(BLUE.getRed(), BLUE.getGreen(), BLUE.getBlue(), 89));
            g.fill(radar);
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(2f));
            g.draw(radar);
            g.setColor(Color.BLACK);
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < report.planes().size(); i++) {
                LijwPages.Plane p = report.planes().get(i);
                String label = labels.get(i);
                float x = Float.parseFloat(p.labelX()) - metrics.stringWidth(label) / 2f;
                g.drawString(label, Math.max(2f, Math.min(x, WIDTH - 2f - metrics.stringWidth(label))),
                        Float.parseFloat(p.labelY()));
            }
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static Path2D polygon(String points) {
        Path2D path = new Path2D.Double();
        String[] each = points.trim().split("\\s+");
        for (int i = 0; i < each.length; i++) {
            double[] p = point(each[i]);
            if (i == 0) {
                path.moveTo(p[0], p[1]);
            }
            else {
                path.lineTo(p[0], p[1]);
            }
        }
        path.closePath();
        return path;
    }

    private static double[] point(String xy) {
        String[] c = xy.split(",");
        return new double[] { Double.parseDouble(c[0]), Double.parseDouble(c[1]) };
    }

}
