package pl.wspolnie.shared.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for tests that answers RCPT TO (or MAIL FROM) with a chosen
 * reply, as a real server refuses an unknown mailbox (550) or a busy one (451). GreenMail
 * accepts every recipient.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;

    private final Thread thread;

    private final List<String> recipients = new CopyOnWriteArrayList<>();

    /**
     * @param mailFromReply the reply to MAIL FROM ("250 OK" to accept the sender)
     * @param rcptReply the reply to RCPT TO, e.g. "550 5.1.1 No such user"
     */
    RefusingSmtpServer(String mailFromReply, String rcptReply) throws IOException {
        socket = new ServerSocket(0);
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    converse(client, mailFromReply, rcptReply, recipients);
                }
                catch (IOException closed) {
                    // the next connection, or the end
                }
            }
        }, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The addresses of the RCPT TO commands received so far. */
    List<String> recipients() {
        return recipients;
    }

    private static void converse(Socket client, String mailFromReply, String rcptReply, List<String> recipients)
            throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 refusing.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            }
            else if (command.startsWith("MAIL FROM")) {
                reply(out, mailFromReply);
            }
            else if (command.startsWith("RCPT TO")) {
                recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                reply(out, rcptReply);
            }
            else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            }
            else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

}
