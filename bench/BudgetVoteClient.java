import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated residents of bench/budget-vote-bench.sh (run with {@code java
 * bench/BudgetVoteClient.java}, JDK 17+, no dependencies). Logs residents 1..N in through
 * the login form (each gets its session and CSRF token from the ballot page), then for
 * DURATION seconds posts the real vote form as a browser with JavaScript does (the cast
 * alone; with VOTE_REQUESTS=2 in the environment the review step first, as without
 * JavaScript), with at most CONNECTIONS requests in flight: residents 1..N-DUPLICATES each vote
 * once with their own valid PESEL; at regular intervals a resident's vote is paired with
 * a duplicate of the same PESEL sent at the same moment from another resident's session
 * (residents N-DUPLICATES+1..N, who never vote for themselves). Prints the figures and the
 * number of accepted votes (2xx with a receipt code), which the script compares with the
 * database.
 *
 * Usage: java BudgetVoteClient.java BASE_URL EDITION N DUPLICATES CONNECTIONS DURATION
 * "a1,a2,...;b1,...;c1,...|w1,w2,..." [DUPLICATE_EVERY [FIRST]] (the project ids of the
 * three area pools and of the whole gmina; every DUPLICATE_EVERY-th vote is sent twice,
 * until the DUPLICATES sessions are used up; FIRST, default 1: the residents before it
 * are neither logged in nor vote, so a second run can vote with residents the first left)
 */
public class BudgetVoteClient {

    static final String PASSWORD = "glosowanie-testowe";

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    static final Pattern RECEIPT = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    static String base;

    static long edition;

    static HttpClient http;

    static Semaphore inFlight;

    record Session(Map<String, String> cookies, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        edition = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        int duplicates = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        int duration = Integer.parseInt(args[5]);
        String[] spec = args[6].split("\\|");
        long[][] areas = Arrays.stream(spec[0].split(";"))
            .map(p -> Arrays.stream(p.split(",")).mapToLong(Long::parseLong).toArray())
            .toArray(long[][]::new);
        long[] whole = Arrays.stream(spec[1].split(",")).mapToLong(Long::parseLong).toArray();
        inFlight = new Semaphore(connections);
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        ExecutorService pairs = Executors.newFixedThreadPool(Math.max(2, connections / 4));
        http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(4))
            .build();

        long loginStart = System.nanoTime();
        int first = args.length > 8 ? Integer.parseInt(args[8]) : 1;
        Session[] sessions = new Session[n + 1];
        AtomicInteger nextLogin = new AtomicInteger(first);
        AtomicInteger loginErrors = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            done.add(workers.submit(() -> {
                for (int i = nextLogin.getAndIncrement(); i <= n; i = nextLogin.getAndIncrement()) {
                    try {
                        sessions[i] = login(i);
                    }
                    catch (Exception e) {
                        if (loginErrors.incrementAndGet() < 5) {
                            System.err.println("login " + i + ": " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        System.err.printf("Logged in %d residents in %.1f s (%d errors)%n", n - first + 1 - loginErrors.get(),
                (System.nanoTime() - loginStart) / 1e9, loginErrors.get());

        int voting = n - duplicates;
        // every step-th vote gets its duplicate (default: spread over all the residents)
        int step = args.length > 7 ? Math.max(1, Integer.parseInt(args[7]))
                : Math.max(1, (voting - first + 1) / Math.max(1, duplicates));
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger nextDuplicate = new AtomicInteger(voting + 1);
        AtomicInteger reached = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong pairsSent = new AtomicLong();
        AtomicLong pairsOneAccepted = new AtomicLong();
        Map<String, AtomicInteger> acceptedByPesel = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[n + 1];
        long end = System.nanoTime() + duration * 1_000_000_000L;
        long start = System.nanoTime();
        done.clear();
        for (int t = 0; t < connections; t++) {
            done.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i <= voting && System.nanoTime() < end; i = next
                    .getAndIncrement()) {
                    int resident = i;
                    String pesel = pesel(resident);
                    long[] choices = choices(resident, areas, whole);
                    Future<Integer> duplicate = null;
                    if (resident % step == 0) {
                        int other = nextDuplicate.getAndIncrement();
                        if (other <= n && sessions[other] != null) {
                            pairsSent.incrementAndGet();
                            duplicate = pairs.submit(() -> vote(sessions[other], pesel, choices(other, areas, whole),
                                    receipts, errorSamples));
                        }
                    }
                    long t0 = System.nanoTime();
                    int status = sessions[resident] == null ? -1
                            : vote(sessions[resident], pesel, choices, receipts, errorSamples);
                    latencies[resident] = System.nanoTime() - t0;
                    reached.incrementAndGet();
                    int acceptedHere = 0;
                    for (int s : duplicate == null ? new int[] { status }
                            : new int[] { status, get(duplicate) }) {
                        if (s == 200) {
                            accepted.incrementAndGet();
                            acceptedHere++;
                            acceptedByPesel.computeIfAbsent(pesel, k -> new AtomicInteger()).incrementAndGet();
                        }
                        else if (s == 409) {
                            refused.incrementAndGet();
                        }
                        else {
                            errors.incrementAndGet();
                        }
                    }
                    if (duplicate != null && acceptedHere == 1) {
                        pairsOneAccepted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long doubles = acceptedByPesel.values().stream().filter(c -> c.get() > 1).count();

        // a sample of the receipt codes, checked on the public receipt page
        List<String> sample = new ArrayList<>(receipts).subList(0, Math.min(50, receipts.size()));
        int notCounted = 0;
        Session checker = sessions[n];
        for (String receipt : sample) {
            HttpResponse<String> page = post(checker, "/budget/" + edition + "/receipt",
                    form(Map.of("code", List.of(receipt), "_csrf", List.of(checker.csrf()))));
            if (!page.body().contains("został policzony")) {
                notCounted++;
            }
        }
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.err.println("Sample errors: " + errorSamples.stream().limit(5).toList());
        System.out.printf(
                "RESULT accepted=%d seconds=%.1f votes_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d "
                        + "refused=%d duplicate_pairs=%d pairs_exactly_one=%d doubles=%d receipts_checked=%d "
                        + "receipts_not_counted=%d login_errors=%d residents_left=%d%n",
                accepted.get(), seconds, accepted.get() / seconds, pct(measured, 50), pct(measured, 95),
                pct(measured, 99), errors.get(), refused.get(), pairsSent.get(), pairsOneAccepted.get(), doubles,
                sample.size(), notCounted, loginErrors.get(), voting - first + 1 - reached.get());
        System.exit(0);
    }

    static int get(Future<Integer> f) {
        try {
            return f.get();
        }
        catch (Exception e) {
            return -1;
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /**
     * The cast alone, as most voters send it (the ballot page with JavaScript shows the
     * review in the page and sends one request), or the review step, then the cast (as a
     * browser without JavaScript does) when the environment variable VOTE_REQUESTS is 2;
     * the cast's status (200 only with a receipt code).
     */
    static int vote(Session s, String pesel, long[] choices, ConcurrentLinkedQueue<String> receipts,
            ConcurrentLinkedQueue<String> errorSamples) {
        try {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("_csrf", List.of(s.csrf()));
            fields.put("pesel", List.of(pesel));
            fields.put("birthDate", List.of(born(pesel).toString()));
            fields.put("resident", List.of("true"));
            fields.put("choices", Arrays.stream(choices).mapToObj(Long::toString).toList());
            String path = "/budget/" + edition + "/vote";
            if ("2".equals(System.getenv("VOTE_REQUESTS"))) {
                Map<String, List<String>> review = new LinkedHashMap<>(fields);
                review.put("action", List.of("review"));
                HttpResponse<String> reviewed = post(s, path, form(review));
                if (reviewed.statusCode() != 200) {
                    errorSamples.add("review " + reviewed.statusCode());
                    return reviewed.statusCode() == 409 ? 409 : -reviewed.statusCode();
                }
            }
            Map<String, List<String>> cast = new LinkedHashMap<>(fields);
            cast.put("action", List.of("cast"));
            HttpResponse<String> cast2 = post(s, path, form(cast));
            if (cast2.statusCode() == 200) {
                Matcher m = RECEIPT.matcher(cast2.body());
                if (!m.find()) {
                    errorSamples.add("200 without a receipt");
                    return -1;
                }
                receipts.add(m.group());
            }
            else if (cast2.statusCode() != 409) {
                errorSamples.add("cast " + cast2.statusCode());
            }
            return cast2.statusCode();
        }
        catch (Exception e) {
            errorSamples.add(e.toString());
            return -1;
        }
    }

    static Session login(int i) throws Exception {
        Map<String, String> cookies = new ConcurrentHashMap<>();
        Session anonymous = new Session(cookies, null);
        HttpResponse<String> page = get(anonymous, "/login");
        String csrf = csrf(page.body());
        HttpResponse<String> in = post(new Session(cookies, csrf), "/login",
                form(Map.of("email", List.of("glosujacy-" + i + "@bench.wspolnie.test"), "password",
                        List.of(PASSWORD), "_csrf", List.of(csrf))));
        String location = in.headers().firstValue("Location").orElse("");
        if (in.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused: " + in.statusCode() + " " + location);
        }
        HttpResponse<String> ballot = get(anonymous, "/budget/" + edition + "/vote");
        if (ballot.statusCode() != 200) {
            throw new IllegalStateException("ballot page: " + ballot.statusCode());
        }
        return new Session(cookies, csrf(ballot.body()));
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static HttpResponse<String> get(Session s, String path) throws Exception {
        return send(s, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static HttpResponse<String> post(Session s, String path, String body) throws Exception {
        return send(s,
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(Session s, HttpRequest.Builder request) throws Exception {
        if (!s.cookies().isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            s.cookies().forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", cookie.toString());
        }
        request.header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        HttpResponse<String> response;
        inFlight.acquire();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        finally {
            inFlight.release();
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                s.cookies().remove(name);
            }
            else {
                s.cookies().put(name, value);
            }
        }
        return response;
    }

    static String form(Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, values) -> values.forEach(v -> body.append(body.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return body.toString();
    }

    static long[] choices(int i, long[][] areas, long[] whole) {
        long[] area = areas[i % areas.length];
        int a = i % area.length;
        int b = (a + 1 + (i / area.length) % (area.length - 1)) % area.length;
        return new long[] { area[a], area[b], whole[(i / 7) % whole.length] };
    }

    /** Resident i was born on 1 January 1950 plus i / 10000 days, serial i % 10000. */
    static LocalDate bornOf(int i) {
        return LocalDate.of(1950, 1, 1).plusDays(i / 10000);
    }

    static LocalDate born(String pesel) {
        return LocalDate.of(1900 + Integer.parseInt(pesel.substring(0, 2)), Integer.parseInt(pesel.substring(2, 4)),
                Integer.parseInt(pesel.substring(4, 6)));
    }

    static String pesel(int i) {
        LocalDate born = bornOf(i);
        String first10 = String.format("%02d%02d%02d%04d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), i % 10000);
        int[] weights = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };
        int sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += (first10.charAt(k) - '0') * weights[k];
        }
        return first10 + (10 - sum % 10) % 10;
    }

}
