// Dubbo invocation context: implicit attachments passed along with an RPC (signatures only).
package org.apache.dubbo.rpc;

import java.util.Map;

public class RpcContext {
    public static RpcContext getContext();
    public static RpcContextAttachment getServerAttachment();
    public static RpcContextAttachment getClientAttachment();
    public static RpcContext getServiceContext();

    public String getAttachment(String key);
    public Object getObjectAttachment(String key);
    public RpcContext setAttachment(String key, String value);
    public RpcContext setAttachment(String key, Object value);
    public RpcContext setObjectAttachment(String key, Object value);
    public RpcContext removeAttachment(String key);
    public Map<String, String> getAttachments();
    public Map<String, Object> getObjectAttachments();
    public String getRemoteHost();
    public String getRemoteAddressString();
    public boolean isProviderSide();
    public boolean isConsumerSide();
}
