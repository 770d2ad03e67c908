package eu.socialmap.event.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QR code of an event ticket: drawn as a PNG for the ticket and its e-mail, and read back at the entrance from
 * a photo or screenshot that a participant or a volunteer's phone uploads.
 */
public final class TicketQr {

    /** A phone photo is a few MB; anything far bigger is a mistake or an attack on the server's memory. */
    static final int MAX_IMAGE_BYTES = 12 * 1024 * 1024;
    /** Decoded, an image costs 4 bytes a pixel: 40 megapixels is 160 MB, a small PNG may claim far more. */
    static final long MAX_IMAGE_PIXELS = 40_000_000L;

    private TicketQr() {
    }

    /** A square QR code of that many pixels a side (error correction M survives a creased print). */
    public static byte[] png(String text, int sizePixels) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs a text");
        }
        if (sizePixels < 21) {
            throw new IllegalArgumentException("a QR code needs at least 21 pixels a side, not " + sizePixels);
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, hints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the QR code in a PNG or JPEG, if one is found. Anything else — no image, a broken or huge one,
     * no code in it — is empty: the bytes come from whoever uploads them.
     */
    public static Optional<String> read(byte[] image) {
        return read(image, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS);
    }

    /** With limits of one's own: a test need not build a 40-megapixel image to see the limit hold. */
    static Optional<String> read(byte[] image, int maxBytes, long maxPixels) {
        if (image == null || image.length == 0 || image.length > maxBytes) {
            return Optional.empty();
        }
        try {
            BufferedImage picture = decode(image, maxPixels);
            return picture == null ? Optional.empty() : scan(picture);
        } catch (IOException | RuntimeException e) {
            // a malformed image makes ImageIO throw all sorts of runtime exceptions; it is still just "no code"
            return Optional.empty();
        }
    }

    /** The image, or null when it is none or too large; its size is read from the header before any pixel. */
    private static BufferedImage decode(byte[] image, long maxPixels) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (input == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > maxPixels) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<String> scan(BufferedImage picture) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(picture);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        // the hybrid binarizer copes with uneven light in a photo; the global one with small, sharp screenshots
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                Result result = reader.decodeWithState(bitmap);
                return Optional.of(result.getText());
            } catch (ReaderException e) {
                // not found, or found but unreadable: the other binarizer may still read it
            } finally {
                reader.reset();
            }
        }
        return Optional.empty();
    }
}
