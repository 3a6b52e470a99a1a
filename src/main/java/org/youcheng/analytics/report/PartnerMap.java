package org.youcheng.analytics.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youcheng.analytics.Position;
import org.youcheng.analytics.TieLine;
import org.youcheng.analytics.WorldMap;
import org.youcheng.analytics.YearReport;
import org.youcheng.registry.TieKind;

/**
 * The partner map of a report as PNG: the world's land (equirectangular, latitudes 60° S to 84° N), a line from the
 * place to each standing partner and a dot on it, coloured by kind.
 */
final class PartnerMap {

    static final Color LAND = new Color(0xCC, 0xD9, 0xC4);
    static final Color HOME = new Color(0x17, 0x20, 0x2A);
    static final Map<TieKind, Color> KIND = Map.of(
            TieKind.SISTER,
            new Color(0xC0, 0x39, 0x2B),
            TieKind.PARTNER,
            new Color(0xE6, 0x7E, 0x22),
            TieKind.INTENT,
            new Color(0x8E, 0x44, 0xAD),
            TieKind.UNVERIFIED,
            new Color(0x7D, 0x88, 0x96));
    /** A reference tie (kind unverified) is drawn grey and dashed: not a kind of its own. */
    private static final BasicStroke SOLID = new BasicStroke(1.6f);

    private static final BasicStroke DASHED =
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    static final int WIDTH = 1440;
    static final int HEIGHT = 576;
    private static final double NORTH = 84;
    private static final double SOUTH = -60;
    private static volatile List<double[][]> rings;

    private final Charts charts;

    PartnerMap(Charts charts) {
        this.charts = charts;
    }

    byte[] draw(YearReport report, List<TieLine> standing) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = charts.graphics(img);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(LAND);
        for (double[][] ring : rings()) {
            Path2D p = new Path2D.Double();
            for (int i = 0; i < ring.length; i++) {
                if (i == 0) {
                    p.moveTo(x(ring[i][0]), y(ring[i][1]));
                } else {
                    p.lineTo(x(ring[i][0]), y(ring[i][1]));
                }
            }
            p.closePath();
            g.fill(p);
        }
        Position home = report.home();
        for (TieLine t : standing) {
            Position at = report.partners().get(t.tieId());
            if (at == null) {
                continue;
            }
            Color c = KIND.get(t.kind());
            if (home != null) {
                g.setStroke(t.kind() == TieKind.UNVERIFIED ? DASHED : SOLID);
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
                g.draw(new Line2D.Double(x(home.lng()), y(home.lat()), x(at.lng()), y(at.lat())));
            }
            g.setColor(c);
            g.fillOval((int) x(at.lng()) - 6, (int) y(at.lat()) - 6, 12, 12);
        }
        if (home != null) {
            g.setColor(HOME);
            g.fillOval((int) x(home.lng()) - 9, (int) y(home.lat()) - 9, 18, 18);
        }
        g.dispose();
        return Charts.png(img);
    }

    private static double x(double lng) {
        return (lng + 180) / 360 * WIDTH;
    }

    private static double y(double lat) {
        return (NORTH - lat) / (NORTH - SOUTH) * HEIGHT;
    }

    /** Every ring of the bundled world map, as [lng, lat] positions. */
    private static List<double[][]> rings() {
        List<double[][]> r = rings;
        if (r == null) {
            try {
                JsonNode world = new ObjectMapper().readTree(WorldMap.geoJson());
                List<double[][]> out = new ArrayList<>();
                for (JsonNode feature : world.get("features")) {
                    for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                        for (JsonNode ring : polygon) {
                            double[][] pts = new double[ring.size()][];
                            for (int i = 0; i < ring.size(); i++) {
                                pts[i] = new double[] {
                                    ring.get(i).get(0).asDouble(),
                                    ring.get(i).get(1).asDouble()
                                };
                            }
                            out.add(pts);
                        }
                    }
                }
                rings = r = List.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return r;
    }
}
