package eu.socialmap.event.control;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketQrTest {

    private static final String CODE = "SM-2026-7QK4-ZX9P";

    @Test
    void aQrCodeDrawnAsPngReadsBack() throws IOException {
        byte[] png = TicketQr.png(CODE, 300);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(TicketQr.read(png)).contains(CODE);
    }

    @Test
    void textBeyondAsciiSurvivesTheRoundTrip() {
        String text = "Zoë — «Réunion» 1 200 €";
        assertThat(TicketQr.read(TicketQr.png(text, 400))).contains(text);
    }

    @Test
    void aCodeIsFoundInAJpegPhotoWhereItIsSmallAndOffCentre() throws IOException {
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(TicketQr.png(CODE, 240)));
        BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = photo.createGraphics();
        canvas.setColor(new Color(200, 190, 170)); // a table, not white paper
        canvas.fillRect(0, 0, 1200, 900);
        canvas.drawImage(code, 700, 500, null);
        canvas.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        assertThat(TicketQr.read(jpeg.toByteArray())).contains(CODE);
    }

    @Test
    void bytesThatAreNoImageOrAnImageWithoutACodeReadAsNothing() throws IOException {
        assertThat(TicketQr.read("certainly not a PNG".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(TicketQr.read(new byte[0])).isEmpty();
        assertThat(TicketQr.read(null)).isEmpty();
        byte[] png = TicketQr.png(CODE, 300);
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        assertThat(TicketQr.read(truncated)).isEmpty();
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", out);
        assertThat(TicketQr.read(out.toByteArray())).isEmpty();
    }

    @Test
    void anImageAboveTheLimitsIsNotRead() {
        byte[] png = TicketQr.png(CODE, 300);
        assertThat(TicketQr.read(png, png.length, 300 * 300)).contains(CODE);
        assertThat(TicketQr.read(png, png.length - 1, 300 * 300)).as("too many bytes").isEmpty();
        assertThat(TicketQr.read(png, png.length, 300 * 300 - 1)).as("too many pixels").isEmpty();
    }

    @Test
    void aCodeNeedsATextAndRoomForItsModules() {
        assertThatThrownBy(() -> TicketQr.png("", 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketQr.png(CODE, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
