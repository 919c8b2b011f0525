import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

// 银行账户模拟：开户、存取、转账、透支额度、利息、流水与对账，全部使用 BigDecimal
public class Main {
    enum TxType { 开户, 存款, 取款, 转入, 转出, 利息, 手续费 }

    record Tx(int seq, String account, TxType type, BigDecimal amount, BigDecimal balanceAfter, String memo) {
        @Override
        public String toString() {
            return String.format("#%03d %-6s %-3s %10s 余额 %10s %s", seq, account, type, amount.toPlainString(), balanceAfter.toPlainString(), memo);
        }
    }

    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(String account, BigDecimal wanted, BigDecimal available) {
            super("账户 " + account + " 余额不足: 需要 " + wanted + "，可用 " + available);
        }
    }

    static abstract class Account {
        final String id;
        final String owner;
        protected BigDecimal balance = BigDecimal.ZERO.setScale(2);

        Account(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        BigDecimal available() {
            return balance;
        }

        abstract BigDecimal monthlyRate();

        BigDecimal fee(BigDecimal amount) {
            return BigDecimal.ZERO.setScale(2);
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "[" + id + "," + owner + ",余额=" + balance + "]";
        }
    }

    static class Savings extends Account {
        Savings(String id, String owner) {
            super(id, owner);
        }

        BigDecimal monthlyRate() {
            return new BigDecimal("0.0015");
        }
    }

    static class Checking extends Account {
        final BigDecimal overdraft;

        Checking(String id, String owner, String overdraft) {
            super(id, owner);
            this.overdraft = new BigDecimal(overdraft);
        }

        @Override
        BigDecimal available() {
            return balance.add(overdraft);
        }

        BigDecimal monthlyRate() {
            return BigDecimal.ZERO;
        }

        @Override
        BigDecimal fee(BigDecimal amount) {
            BigDecimal f = amount.multiply(new BigDecimal("0.001")).setScale(2, RoundingMode.HALF_UP);
            return f.max(new BigDecimal("1.00")).min(new BigDecimal("50.00"));
        }
    }

    static class Bank {
        private final Map<String, Account> accounts = new LinkedHashMap<>();
        private final List<Tx> ledger = new ArrayList<>();
        private int seq;

        private void log(Account a, TxType t, BigDecimal amt, String memo) {
            ledger.add(new Tx(++seq, a.id, t, amt, a.balance, memo));
        }

        Account open(Account a, String initial) {
            accounts.put(a.id, a);
            a.balance = new BigDecimal(initial).setScale(2, RoundingMode.HALF_UP);
            log(a, TxType.开户, a.balance, a.owner);
            return a;
        }

        Account get(String id) {
            Account a = accounts.get(id);
            if (a == null) throw new IllegalArgumentException("账户不存在: " + id);
            return a;
        }

        void deposit(String id, String amount) {
            BigDecimal amt = new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
            if (amt.signum() <= 0) throw new IllegalArgumentException("存款金额必须为正: " + amount);
            Account a = get(id);
            a.balance = a.balance.add(amt);
            log(a, TxType.存款, amt, "");
        }

        void withdraw(String id, String amount) throws InsufficientFundsException {
            Account a = get(id);
            BigDecimal amt = new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
            BigDecimal fee = a.fee(amt);
            if (amt.add(fee).compareTo(a.available()) > 0) throw new InsufficientFundsException(id, amt.add(fee), a.available());
            a.balance = a.balance.subtract(amt);
            log(a, TxType.取款, amt.negate(), "");
            if (fee.signum() > 0) {
                a.balance = a.balance.subtract(fee);
                log(a, TxType.手续费, fee.negate(), "取款手续费");
            }
        }

        void transfer(String from, String to, String amount) throws InsufficientFundsException {
            Account a = get(from), b = get(to);
            BigDecimal amt = new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
            if (amt.compareTo(a.available()) > 0) throw new InsufficientFundsException(from, amt, a.available());
            a.balance = a.balance.subtract(amt);
            b.balance = b.balance.add(amt);
            log(a, TxType.转出, amt.negate(), "至 " + to);
            log(b, TxType.转入, amt, "来自 " + from);
        }

        void monthEnd() {
            for (Account a : accounts.values()) {
                if (a.balance.signum() > 0 && a.monthlyRate().signum() > 0) {
                    BigDecimal interest = a.balance.multiply(a.monthlyRate()).setScale(2, RoundingMode.HALF_EVEN);
                    a.balance = a.balance.add(interest);
                    log(a, TxType.利息, interest, "月息 " + a.monthlyRate().movePointRight(2) + "%");
                }
            }
        }

        BigDecimal total() {
            return accounts.values().stream().map(x -> x.balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open(new Savings("S-001", "张三"), "1000");
        bank.open(new Checking("C-002", "李四", "500"), "200.5");
        bank.open(new Savings("S-003", "王五"), "0.005");
        String[][] script = {
                {"deposit", "S-001", "250.755"},
                {"withdraw", "C-002", "600"},
                {"withdraw", "C-002", "200"},
                {"transfer", "S-001", "C-002", "333.33"},
                {"withdraw", "S-003", "1"},
                {"deposit", "S-003", "-5"},
                {"transfer", "S-001", "X-999", "1"},
                {"withdraw", "C-002", "30000"},
        };
        for (String[] op : script) {
            try {
                switch (op[0]) {
                    case "deposit" -> bank.deposit(op[1], op[2]);
                    case "withdraw" -> bank.withdraw(op[1], op[2]);
                    case "transfer" -> bank.transfer(op[1], op[2], op[3]);
                    default -> throw new IllegalStateException(op[0]);
                }
                System.out.println("成功: " + String.join(" ", op));
            } catch (InsufficientFundsException | IllegalArgumentException e) {
                System.out.println("失败: " + String.join(" ", op) + " -> " + e.getMessage());
            }
        }
        Random rnd = new Random(618);
        for (int day = 1; day <= 5; day++) {
            String id = rnd.nextBoolean() ? "S-001" : "C-002";
            String amt = BigDecimal.valueOf(rnd.nextInt(50000), 2).toPlainString();
            try {
                if (rnd.nextInt(3) == 0) bank.withdraw(id, amt);
                else bank.deposit(id, amt);
            } catch (InsufficientFundsException e) {
                System.out.println("第 " + day + " 天: " + e.getMessage());
            }
        }
        bank.monthEnd();
        System.out.println("---- 流水 ----");
        bank.ledger.forEach(System.out::println);
        System.out.println("---- 账户 ----");
        bank.accounts.values().forEach(System.out::println);
        System.out.println("银行总余额: " + bank.total());
        BigDecimal fromLedger = bank.ledger.stream().map(Tx::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println("流水合计: " + fromLedger + " 对账一致: " + (fromLedger.compareTo(bank.total()) == 0));
    }
}
