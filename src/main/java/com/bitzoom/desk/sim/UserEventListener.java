package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamEvent;

/** Receives user-data events (OrderTradeUpdate, AccountUpdate) for one account, in order. */
public interface UserEventListener {
    void onUserEvent(String account, StreamEvent event);
}
