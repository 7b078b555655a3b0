package dk.protokol.infra.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.util.regex.Pattern;

/**
 * The size of a bilag ({@code protokol.attachments.max-size}, env {@code PROTOKOL_ATTACHMENTS_MAX_SIZE}, default
 * 25MB) and what lets such a file in: the servlet container's multipart limits (this bean replaces Spring Boot's
 * {@code spring.servlet.multipart.*}: a file up to the limit, a whole request up to the limit and
 * {@link #ENVELOPE} for the other fields and the part headers, parts over 1MB buffered on disk, not in memory), and
 * for the API the {@link RequestSizeLimitFilter}, which lets a multipart request that large through on the upload
 * endpoints only ({@link #isUpload}); every other API request keeps its 1MB. Beyond the limits: 413 in Danish.
 */
@Configuration(proxyBeanMethods = false)
public class AttachmentUploads {

    /** Room for the form fields and the multipart headers beside the file. */
    static final DataSize ENVELOPE = DataSize.ofMegabytes(1);
    private static final Pattern UPLOAD = Pattern.compile(
            "/api/meetings/[^/]+/agenda-items/[^/]+/attachments/?|/api/actions/[^/]+/attachments/?");

    private final DataSize maxSize;

    public AttachmentUploads(@Value("${protokol.attachments.max-size:25MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** The largest request body an upload may have: the file's limit and the envelope. */
    public long maxRequestBytes() {
        return maxSize.toBytes() + ENVELOPE.toBytes();
    }

    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(maxSize);
        factory.setMaxRequestSize(DataSize.ofBytes(maxRequestBytes()));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    /** A POST of a bilag to the API. */
    public static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    /** "Filen er for stor; et bilag må højst fylde 25 MB." */
    public String tooLargeMessage() {
        return "Filen er for stor; et bilag må højst fylde " + readable(maxSize) + ".";
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " kB";
        }
        return bytes + " bytes";
    }
}
