package id.netra.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** A drawn stand-in emblem (a shield shape) so tests need no binary fixture. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] emblemPng() {
        BufferedImage img = new BufferedImage(200, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 240);
        g.setColor(new Color(0, 110, 50));
        g.fillPolygon(new int[] {10, 190, 190, 100, 10}, new int[] {10, 10, 150, 230, 150}, 5);
        g.setColor(new Color(230, 190, 30));
        g.setStroke(new BasicStroke(8));
        g.drawPolygon(new int[] {10, 190, 190, 100, 10}, new int[] {10, 10, 150, 230, 150}, 5);
        g.fillOval(70, 50, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
