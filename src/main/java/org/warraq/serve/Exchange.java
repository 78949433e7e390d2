package org.warraq.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request on one connection and the means to answer it. Every response closes the connection
 * afterwards (no keep-alive: simpler, and plenty for a preview), except an event stream, which
 * {@link #detach() detaches} the socket and owns it from then on.
 */
final class Exchange {
    private final Socket socket;
    private final Request request;
    private boolean answered;
    private boolean detached;

    Exchange(Socket socket, Request request) {
        this.socket = socket;
        this.request = request;
    }

    Request request() {
        return request;
    }

    /** Writes a whole response; the body is left out for HEAD requests, its length is not. */
    void send(Response response) throws IOException {
        OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        boolean body = request == null || !request.isHead();
        if (response.file() != null) {
            try (FileChannel file = FileChannel.open(response.file())) {
                out.write(head(response.status(), response.headers(), file.size()));
                if (body) {
                    Channels.newInputStream(file).transferTo(out);
                }
            }
        } else {
            out.write(head(response.status(), response.headers(), response.body().length));
            if (body) {
                out.write(response.body());
            }
        }
        out.flush();
        answered = true;
    }

    /** Writes the head of an open-ended response (an event stream) and hands the socket to the caller. */
    Socket detach(Map<String, String> headers) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(head(200, headers, -1));
        out.flush();
        answered = true;
        detached = true;
        return socket;
    }

    boolean answered() {
        return answered;
    }

    boolean detached() {
        return detached;
    }

    /** Status line and headers; {@code length < 0} means the body ends when the connection closes. */
    static byte[] head(int status, Map<String, String> headers, long length) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(Response.reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("X-Content-Type-Options: nosniff\r\n");
        head.append("Cache-Control: no-store\r\n");
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }
}
