package pl.wspolnie.shared.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Small helpers around the current Spring transaction. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Runs the action now and once more when the current transaction ends (commit or rollback), so a
     * cache dropped during a change cannot be refilled with the old data before the change commits.
     */
    public static void nowAndAfterCompletion(Runnable action) {
        action.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }
}
