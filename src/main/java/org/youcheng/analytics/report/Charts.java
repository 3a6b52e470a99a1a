package org.youcheng.analytics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The report's charts, drawn here as PNG (so the PDF needs no browser and the HTML no script): bars by category and
 * a cumulative line by year. Each chart has a colour of its own, which the PDF test looks for.
 */
final class Charts {

    static final Color BARS = new Color(0x2E, 0x86, 0xC1);
    static final Color LINE = new Color(0x1E, 0x84, 0x49);
    static final Color AXIS = new Color(0x55, 0x55, 0x55);
    static final int WIDTH = 1200;
    static final int HEIGHT = 520;
    private static final int LEFT = 90;
    private static final int BOTTOM = 90;
    private static final int TOP = 40;
    /** Pixels between the centres of two year labels: a four-digit year at 24 px is about 55 wide. */
    static final int MIN_LABEL_GAP = 80;

    private final ReportFont font;

    Charts(ReportFont font) {
        this.font = font;
    }

    /** Horizontal categories, a bar each, the value over it. */
    byte[] bars(List<String> labels, List<Integer> values) {
        BufferedImage img = canvas();
        Graphics2D g = graphics(img);
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        int n = Math.max(1, labels.size());
        double slot = (WIDTH - LEFT - 30) / (double) n;
        axes(g, max);
        for (int i = 0; i < labels.size(); i++) {
            int h = (int) Math.round((HEIGHT - TOP - BOTTOM) * values.get(i) / (double) max);
            int x = (int) (LEFT + i * slot + slot * 0.15);
            int w = (int) (slot * 0.7);
            g.setColor(BARS);
            g.fillRect(x, HEIGHT - BOTTOM - h, w, h);
            g.setColor(AXIS);
            centred(g, String.valueOf(values.get(i)), x + w / 2, HEIGHT - BOTTOM - h - 8);
            centred(g, labels.get(i), x + w / 2, HEIGHT - BOTTOM + 32);
        }
        return png(img);
    }

    /** A line over consecutive years; the first and last year and every tenth (room permitting) are labelled. */
    byte[] line(List<Integer> years, List<Integer> values) {
        BufferedImage img = canvas();
        Graphics2D g = graphics(img);
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        axes(g, max);
        int n = years.size();
        double step = n <= 1 ? 0 : (WIDTH - LEFT - 40) / (double) (n - 1);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * step;
            double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * values.get(i) / (double) max;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
            // the first and last year, and every tenth far enough from both not to print over them (1979, 1980)
            double lastX = LEFT + (n - 1) * step;
            boolean ends = i == 0 || i == n - 1;
            if (ends || years.get(i) % 10 == 0 && x - LEFT >= MIN_LABEL_GAP && lastX - x >= MIN_LABEL_GAP) {
                g.setColor(AXIS);
                centred(g, String.valueOf(years.get(i)), (int) x, HEIGHT - BOTTOM + 32);
            }
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (n == 1) {
            g.fillOval(LEFT - 6, (int) path.getCurrentPoint().getY() - 6, 12, 12);
        } else if (n > 1) {
            g.draw(path);
        }
        return png(img);
    }

    private void axes(Graphics2D g, int max) {
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - 20, HEIGHT - BOTTOM);
        g.setFont(fontFor("0"));
        g.drawString(String.valueOf(max), 20, TOP + 10);
        g.drawString("0", 50, HEIGHT - BOTTOM);
    }

    private BufferedImage canvas() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return img;
    }

    Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font.awt(24f));
        return g;
    }

    private void centred(Graphics2D g, String text, int x, int y) {
        g.setFont(fontFor(text));
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    /**
     * The report font for Chinese; for text it cannot draw (Droid Sans Fallback has no Latin letters or digits)
     * the JVM's sans-serif.
     */
    private java.awt.Font fontFor(String text) {
        java.awt.Font cjk = font.awt(24f);
        return cjk.canDisplayUpTo(text) == -1
                ? cjk
                : new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 24);
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
