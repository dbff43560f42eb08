package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.StreamEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random order sequences (market, limit GTC and IOC, reduce-only, cancels, cancel-all) from three
 * accounts while the market runs for 17 simulated hours across two funding times. A ledger rebuilt
 * from the user events alone must agree with the accounts: {@code wallet = 10,000 − fees + realized +
 * funding}, fees recomputed per fill (taker during placement, maker during the market's run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperLedgerPropertiesTest {

    private static final long START = Instant.parse("2024-03-04T05:30:00Z").toEpochMilli();
    private static final long END = START + 17 * 3_600_000L;
    private static final List<String> ACCOUNTS = List.of("acct-a", "acct-b", "acct-c");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private MarketEngine engine;
    private PaperAccounts paper;
    private boolean placing;
    private final Map<String, Ledger> ledgers = new HashMap<>();
    private final Map<Long, List<OrderTradeUpdate.Order>> orderHistory = new HashMap<>();
    private final Map<Long, Boolean> reduceOnly = new HashMap<>();
    private final Map<String, BigDecimal> positionAmounts = new HashMap<>();
    private final Set<Long> tradeIds = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private int fundingEvents;
    private int fills;
    private int rejections;
    private int reduceOnlyFills;

    /** What the events say moved one account's wallet. */
    private static final class Ledger {
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal funding = BigDecimal.ZERO;
        BigDecimal lastWallet = TEN_THOUSAND;

        BigDecimal wallet() {
            return TEN_THOUSAND.subtract(fees).add(realized).add(funding);
        }
    }

    @BeforeAll
    void tradeRandomlyForSeventeenHours() {
        engine = new MarketEngine(3, 77, 0.5, START);
        paper = PaperAccounts.attachedTo(engine);
        paper.addListener(this::onUserEvent);
        ACCOUNTS.forEach(a -> ledgers.put(a, new Ledger()));
        SplittableRandom rng = new SplittableRandom(2024);
        long now = START;
        while (now < END) {
            now += 1_000 + rng.nextInt(50_000);
            engine.advanceTo(now);
            actRandomly(rng, ACCOUNTS.get(rng.nextInt(ACCOUNTS.size())), now);
        }
    }

    private void actRandomly(SplittableRandom rng, String account, long now) {
        SymbolSpec spec = engine.symbols().get(rng.nextInt(engine.symbols().size()));
        SymbolMarket market = engine.market(spec.symbol());
        Grid grid = market.grid();
        BookView book = market.book();
        boolean buy = rng.nextBoolean();
        BigDecimal qty = grid.qty(1 + rng.nextInt(3 * (int) market.profile().meanTradeSteps()));
        long touch = buy ? book.bidPrice(0) : book.askPrice(0);
        long away = (long) rng.nextInt(-5, 30) * (book.askPrice(1) - book.askPrice(0));
        BigDecimal price = grid.price(buy ? touch - away : touch + away);
        int kind = rng.nextInt(10);
        OrderRequest request = switch (kind) {
            case 0, 1 -> new OrderRequest(spec.symbol(), buy ? "BUY" : "SELL", "MARKET", null, qty, null, false, null);
            case 2, 3, 4 -> new OrderRequest(spec.symbol(), buy ? "BUY" : "SELL", "LIMIT", "GTC", qty, price, false, null);
            case 5 -> new OrderRequest(spec.symbol(), buy ? "BUY" : "SELL", "LIMIT", "IOC", qty, price, false, null);
            case 6 -> new OrderRequest(spec.symbol(), buy ? "BUY" : "SELL", "MARKET", null, qty, null, true, null);
            case 7 -> new OrderRequest(spec.symbol(), buy ? "BUY" : "SELL", "LIMIT", "GTC", qty, price, true, null);
            default -> null;
        };
        AccountSnapshot before = paper.account(account, now);
        int eventsBefore = eventCount;
        try {
            placing = true;
            if (request != null) {
                SimOrder placed = paper.place(account, request, now);
                reduceOnly.put(placed.orderId(), request.reduceOnly());
            } else if (kind == 8) {
                List<SimOrder> open = paper.openOrders(account, null);
                if (!open.isEmpty()) {
                    SimOrder o = open.get(rng.nextInt(open.size()));
                    paper.cancel(account, o.symbol(), o.orderId(), null, now);
                }
            } else if (rng.nextInt(4) == 0) {
                paper.cancelAll(account, rng.nextBoolean() ? spec.symbol() : null, now);
            }
        } catch (OrderRejectedException e) {
            rejections++;
            if (!paper.account(account, now).equals(before) || eventCount != eventsBefore) {
                violations.add("a rejection changed the account: " + e.getMessage());
            }
        } finally {
            placing = false;
        }
    }

    private int eventCount;
    private String reduceOnlyFillOf;   // symbol of a reduce-only fill whose ACCOUNT_UPDATE comes next

    private void onUserEvent(String account, StreamEvent event) {
        eventCount++;
        Ledger ledger = ledgers.get(account);
        if (event instanceof OrderTradeUpdate u) {
            OrderTradeUpdate.Order o = u.order();
            List<OrderTradeUpdate.Order> history = orderHistory.computeIfAbsent(o.orderId(), id -> new ArrayList<>());
            checkOrderStep(history, o);
            history.add(o);
            if (o.executionType().equals("TRADE")) {
                fills++;
                if (!tradeIds.add(o.tradeId())) {
                    violations.add("trade id used twice: " + o.tradeId());
                }
                BigDecimal rate = new BigDecimal(placing ? "0.0004" : "0.0002");
                ledger.fees = ledger.fees.add(o.lastFilledPrice().multiply(o.lastFilledQuantity()).multiply(rate)
                        .setScale(8, RoundingMode.HALF_UP));
                ledger.realized = ledger.realized.add(o.realizedProfit());
            }
        } else if (event instanceof AccountUpdate a) {
            if (a.change().reason().equals("FUNDING_FEE")) {
                fundingEvents++;
                for (AccountUpdate.Position p : a.change().positions()) {
                    MarkPrice mark = engine.markPrice(p.symbol(), a.eventTime());
                    ledger.funding = ledger.funding.add(p.amount().multiply(mark.markPrice())
                            .multiply(mark.fundingRate()).negate().setScale(8, RoundingMode.HALF_UP));
                }
            }
            for (AccountUpdate.Position p : a.change().positions()) {
                BigDecimal before = positionAmounts.getOrDefault(account + "/" + p.symbol(), BigDecimal.ZERO);
                if (p.symbol().equals(reduceOnlyFillOf) && (p.amount().abs().compareTo(before.abs()) >= 0
                        || p.amount().signum() * before.signum() < 0)) {
                    violations.add("a reduce-only fill took " + before + " to " + p.amount());
                }
                positionAmounts.put(account + "/" + p.symbol(), p.amount());
            }
            reduceOnlyFillOf = null;
            ledger.lastWallet = a.change().balances().get(0).walletBalance();
            if (ledger.lastWallet.compareTo(ledger.wallet()) != 0) {
                violations.add("wallet " + ledger.lastWallet + " but the events add up to " + ledger.wallet());
            }
        }
    }

    /** NEW first; fills add up; nothing after the final status; reduce-only fills never grow a position. */
    private void checkOrderStep(List<OrderTradeUpdate.Order> history, OrderTradeUpdate.Order o) {
        if (history.isEmpty()) {
            if (!o.executionType().equals("NEW")) {
                violations.add("order " + o.orderId() + " began with " + o.executionType());
            }
            return;
        }
        OrderTradeUpdate.Order previous = history.get(history.size() - 1);
        if (Set.of("FILLED", "CANCELED", "EXPIRED").contains(previous.status())) {
            violations.add("event after final status: " + o);
        }
        BigDecimal expectedFilled = o.executionType().equals("TRADE")
                ? previous.filledQuantity().add(o.lastFilledQuantity()) : previous.filledQuantity();
        if (o.filledQuantity().compareTo(expectedFilled) != 0 || o.filledQuantity().compareTo(o.quantity()) > 0) {
            violations.add("cumulative quantity wrong: " + o);
        }
        if (o.executionType().equals("TRADE") && Boolean.TRUE.equals(reduceOnly.get(o.orderId()))) {
            reduceOnlyFills++;
            reduceOnlyFillOf = o.symbol();
        }
    }

    @Test
    void theRunExercisedEveryPath() {
        assertThat(fills).isGreaterThan(300);
        assertThat(rejections).isPositive();
        assertThat(fundingEvents).isPositive();
        assertThat(reduceOnlyFills).isPositive();
        assertThat(orderHistory.values().stream().flatMap(List::stream).map(OrderTradeUpdate.Order::status).distinct())
                .contains("NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "EXPIRED");
    }

    @Test
    void eventsAreWellFormedAndRejectionsChangeNothing() {
        assertThat(violations).isEmpty();
    }

    @Test
    void walletEqualsStartMinusFeesPlusRealizedPlusFunding() {
        for (String account : ACCOUNTS) {
            Ledger fromEvents = ledgers.get(account);
            PaperAccounts.Ledger own = paper.ledger(account);
            BigDecimal wallet = paper.account(account, END).balances().get(0).walletBalance();
            assertThat(wallet).isEqualByComparingTo(fromEvents.wallet());
            assertThat(wallet).isEqualByComparingTo(fromEvents.lastWallet);
            assertThat(own.fees()).isEqualByComparingTo(fromEvents.fees);
            assertThat(own.realized()).isEqualByComparingTo(fromEvents.realized);
            assertThat(own.funding()).isEqualByComparingTo(fromEvents.funding);
            assertThat(wallet).isEqualByComparingTo(TEN_THOUSAND.subtract(own.fees()).add(own.realized())
                    .add(own.funding()));
        }
    }

    @Test
    void positionsFromEventsMatchTheAccounts() {
        for (String account : ACCOUNTS) {
            Map<String, BigDecimal> reported = new HashMap<>();
            paper.account(account, END).positions().forEach(p -> reported.put(p.symbol(), p.positionAmt()));
            for (SymbolSpec s : engine.symbols()) {
                BigDecimal fromEvents = positionAmounts.getOrDefault(account + "/" + s.symbol(), BigDecimal.ZERO);
                assertThat(reported.getOrDefault(s.symbol(), BigDecimal.ZERO)).isEqualByComparingTo(fromEvents);
            }
        }
    }

    @Test
    void openOrdersAreExactlyThoseWithoutAFinalStatus() {
        Set<Long> open = new HashSet<>();
        ACCOUNTS.forEach(a -> paper.openOrders(a, null).forEach(o -> open.add(o.orderId())));
        Set<Long> notFinal = new HashSet<>();
        orderHistory.forEach((id, h) -> {
            String status = h.get(h.size() - 1).status();
            if (status.equals("NEW") || status.equals("PARTIALLY_FILLED")) {
                notFinal.add(id);
            }
        });
        assertThat(open).isEqualTo(notFinal);
    }
}
