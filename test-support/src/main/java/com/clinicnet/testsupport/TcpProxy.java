package com.clinicnet.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a real server whose line can be cut, slowed and mended, to test what a service does when
 * it loses its database or broker or reaches it over a bad network. While cut, existing connections are closed and
 * new ones are refused; while slowed, every chunk of bytes waits before it is passed on, in both directions.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int BUFFER = 8192;

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile Duration latency = Duration.ZERO;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    public static TcpProxy to(String host, int port) {
        return new TcpProxy(host, port);
    }

    public int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #mend()}. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public synchronized void mend() {
        latency = Duration.ZERO;
        if (listener == null) {
            listen(port);
        }
    }

    /** Delays every chunk of bytes by {@code perChunk} in each direction until {@link #mend()}. */
    public void slowDown(Duration perChunk) {
        latency = perChunk;
    }

    @Override
    public void close() {
        cut();
    }

    private int listen(int onPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", onPort));
            listener = server;
            Thread.ofVirtual().name("tcp-proxy-accept").start(() -> accept(server));
            return server.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(target);
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) != -1;) {
                delay();
                out.write(buffer, 0, read);
            }
        }
        catch (IOException cut) {
            // either side went away
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** The wire's latency: the pump runs on its own virtual thread, so waiting here slows only this connection. */
    private void delay() throws InterruptedException {
        Duration wait = latency;
        if (!wait.isZero()) {
            Thread.sleep(wait);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        }
        catch (Exception ignored) {
            // closing is best effort
        }
    }
}
