package dk.protokol.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * A plain HTTP client for the tests: never throws on a status, never follows a redirect, and says exactly
 * what came back. The JDK client, because HttpURLConnection cannot read a 401 answer to a POST.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final RestClient client;
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.getType() + "/" + type.getSubtype();
        }
    }

    /** A request as a user ({@code null}: anonymous); {@code extra} adds headers. */
    public Answer post(String user, String password, String path, String json, Consumer<HttpHeaders> extra) {
        return exchange(HttpMethod.POST, user, password, path, json, extra);
    }

    public Answer post(String user, String password, String path, String json) {
        return post(user, password, path, json, headers -> {
        });
    }

    public Answer get(String user, String password, String path) {
        return get(user, password, path, headers -> {
        });
    }

    public Answer get(String user, String password, String path, Consumer<HttpHeaders> extra) {
        return exchange(HttpMethod.GET, user, password, path, null, extra);
    }

    /**
     * A request exactly as given, over the JDK's client (which, unlike RestClient, neither encodes the path again nor
     * checks the Content-Type): the body as bytes ({@code null}: none), the Content-Type as text ({@code null}: none),
     * for bodies and types a well-behaved client would not send.
     */
    public Answer raw(HttpMethod method, String user, String password, String path, byte[] body, String contentType,
                      Consumer<HttpHeaders> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpHeaders headers = new HttpHeaders();
        basic(headers, user, password);
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        extra.accept(headers);
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        try {
            HttpResponse<byte[]> response = RAW.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders answered = new HttpHeaders();
            response.headers().map().forEach((name, values) -> {
                if (name != null && !name.startsWith(":")) {
                    answered.addAll(name, values);
                }
            });
            return new Answer(response.statusCode(), answered, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body without a declared length (chunked), as a client that streams sends it. */
    public Answer postStreaming(String user, String password, String path, byte[] body) {
        return client.post().uri(path)
                .headers(headers -> {
                    basic(headers, user, password);
                    headers.setContentType(MediaType.APPLICATION_JSON);
                })
                .body((StreamingHttpOutputMessage.Body) out -> out.write(body))
                .exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Answer exchange(HttpMethod method, String user, String password, String path, String json,
                            Consumer<HttpHeaders> extra) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path)
                .headers(headers -> {
                    basic(headers, user, password);
                    extra.accept(headers);
                });
        if (json != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(),
                response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static void basic(HttpHeaders headers, String user, String password) {
        if (user != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
