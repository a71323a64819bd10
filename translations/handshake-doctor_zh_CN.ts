<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CauseCatalogue</name>
    <message>
        <source>The site&apos;s name cannot be found</source>
        <translation>找不到该网站的域名</translation>
    </message>
    <message>
        <source>Before connecting, the computer asks DNS for the site&apos;s address. That question got no usable answer, so no connection was even tried.</source>
        <translation>连接之前，计算机会先向 DNS 查询网站的地址。这次查询没有得到可用的结果，因此根本没有尝试建立连接。</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>检查网址是否拼写正确。</translation>
    </message>
    <message>
        <source>If it is right, tell the site&apos;s owner that the name has no DNS record (A or AAAA).</source>
        <translation>如果拼写无误，请告知网站管理员：该域名没有 DNS 记录（A 或 AAAA）。</translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s network and DNS settings.</source>
        <translation>如果其他网站也打不开，请检查此计算机的网络和 DNS 设置。</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection.</source>
        <translation>该地址有响应，但此端口上没有任何服务接受连接。可能是网站服务器已停止运行、监听的是其他端口，或者防火墙拒绝了连接。</translation>
    </message>
    <message>
        <source>Check that the port in the address is right (HTTPS normally uses 443).</source>
        <translation>检查网址中的端口是否正确（HTTPS 通常使用 443 端口）。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the HTTPS service is not running or not listening on this port and address.</source>
        <translation>请告知网站管理员：HTTPS 服务没有运行，或没有在此地址和端口上监听。</translation>
    </message>
    <message>
        <source>Site owner: start the service, and check the listen address and the firewall rules.</source>
        <translation>网站管理员：请启动该服务，并检查监听地址和防火墙规则。</translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached</source>
        <translation>无法访问服务器所在的网络</translation>
    </message>
    <message>
        <source>The connection attempt failed before reaching the server: there is no route to its address from here.</source>
        <translation>连接请求在到达服务器之前就失败了：从这里没有通往该地址的路由。</translation>
    </message>
    <message>
        <source>Check that this computer is online and that other sites work.</source>
        <translation>检查此计算机是否已联网，以及其他网站能否正常访问。</translation>
    </message>
    <message>
        <source>If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network.</source>
        <translation>如果该地址是 IPv6 地址，而当前网络不支持 IPv6，请咨询您的网络管理员，或换一个网络再试。</translation>
    </message>
    <message>
        <source>A VPN or firewall rule may block this address: ask your network administrator.</source>
        <translation>VPN 或防火墙规则可能拦截了该地址：请咨询您的网络管理员。</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung.</source>
        <translation>请求已发出，但在时限内没有收到任何回应。可能是防火墙悄悄丢弃了数据，也可能是服务器负载过高或已经卡死。</translation>
    </message>
    <message>
        <source>Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site.</source>
        <translation>请重试，并换一个网络（例如手机热点）再试：如果换网络后可以访问，说明您所在网络的防火墙或代理拦截了该网站。</translation>
    </message>
    <message>
        <source>Ask your network administrator whether outgoing connections to this port are allowed.</source>
        <translation>询问您的网络管理员是否允许向此端口发起出站连接。</translation>
    </message>
    <message>
        <source>If it fails everywhere, tell the site&apos;s owner that the server does not answer on this port.</source>
        <translation>如果在任何网络下都失败，请告知网站管理员：服务器在此端口上没有响应。</translation>
    </message>
    <message>
        <source>This port does not speak TLS</source>
        <translation>此端口不使用 TLS 协议</translation>
    </message>
    <message>
        <source>A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it.</source>
        <translation>安全连接以 TLS 握手开始，但服务器用另一种协议作了回应。要么是网址中的端口不对，要么是服务器没有在该端口上配置 HTTPS。</translation>
    </message>
    <message>
        <source>Check the port: maybe the site uses http:// on this port and https:// on another (usually 443).</source>
        <translation>检查端口：该网站可能在此端口上使用 http://，而在另一个端口（通常是 443）上使用 https://。</translation>
    </message>
    <message>
        <source>Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.</source>
        <translation>网站管理员：请在此端口上启用 TLS（例如在 nginx 中使用“listen 443 ssl;”），或将普通 HTTP 服务移到其他端口。</translation>
    </message>
    <message>
        <source>The server hung up during the handshake</source>
        <translation>服务器在握手过程中断开了连接</translation>
    </message>
    <message>
        <source>The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection.</source>
        <translation>服务器（或中间的某台设备）在 TLS 握手进行到一半时断开了连接，且没有说明原因。常见原因：服务器没有此名称的证书；服务器拒绝了我们提供的所有协议版本或加密算法；或者有过滤型防火墙切断了连接。</translation>
    </message>
    <message>
        <source>Try from another network: if it works there, a firewall or filter on your network cuts TLS connections.</source>
        <translation>换一个网络试试：如果在那里可以连接，说明您所在网络的防火墙或过滤设备切断了 TLS 连接。</translation>
    </message>
    <message>
        <source>Site owner: check the TLS server&apos;s error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.</source>
        <translation>网站管理员：请查看 TLS 服务器在本次测试时段的错误日志；确认已为此主机名配置证书，并已启用 TLS 1.2 和 1.3。</translation>
    </message>
    <message>
        <source>The server does not know this site name</source>
        <translation>服务器不认识这个网站名称</translation>
    </message>
    <message>
        <source>During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name.</source>
        <translation>握手时，客户端会告诉服务器它要访问哪个网站（SNI）。服务器回复说它没有这个名称的网站。</translation>
    </message>
    <message>
        <source>Check that the address is the one the site&apos;s owner published.</source>
        <translation>检查网址是否与网站管理员公布的一致。</translation>
    </message>
    <message>
        <source>Site owner: add this name to the server&apos;s configuration (server_name / ServerName / virtual host) with a certificate that covers it.</source>
        <translation>网站管理员：请在服务器配置中添加此名称（server_name / ServerName / 虚拟主机），并配置涵盖该名称的证书。</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>服务器要求提供客户端证书</translation>
    </message>
    <message>
        <source>This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection.</source>
        <translation>此服务器只允许能用自己的证书证明身份的客户端连接（双向 TLS）。没有证书时，服务器会断开连接。</translation>
    </message>
    <message>
        <source>Ask the site&apos;s owner or your IT department for a client certificate for this service.</source>
        <translation>向网站管理员或您的 IT 部门申请用于此服务的客户端证书。</translation>
    </message>
    <message>
        <source>Install it in your browser or system certificate store, then connect again and choose it when asked.</source>
        <translation>将证书安装到浏览器或系统的证书存储中，然后重新连接，并在提示时选择该证书。</translation>
    </message>
    <message>
        <source>If the site should be public, tell its owner that client certificates are required by mistake.</source>
        <translation>如果该网站本应公开访问，请告知网站管理员：服务器错误地要求了客户端证书。</translation>
    </message>
    <message>
        <source>The server rejected the handshake</source>
        <translation>服务器拒绝了握手</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken.</source>
        <translation>服务器发送警报并终止了 TLS 握手：它在客户端提供的选项中找不到可以接受的，或者它自身的配置有问题。</translation>
    </message>
    <message>
        <source>Site owner: look up the alert in the server&apos;s TLS log at the time of this test.</source>
        <translation>网站管理员：请在服务器的 TLS 日志中查找本次测试时段的这条警报。</translation>
    </message>
    <message>
        <source>Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla&apos;s “intermediate” configuration).</source>
        <translation>网站管理员：请启用 TLS 1.2 和 1.3，并使用当前推荐的密码套件（例如 Mozilla 的“intermediate”配置）。</translation>
    </message>
    <message>
        <source>The handshake could not be completed</source>
        <translation>无法完成握手</translation>
    </message>
    <message>
        <source>The server&apos;s handshake messages were malformed or unacceptable, so the connection was stopped on the client side.</source>
        <translation>服务器发送的握手消息格式错误或无法接受，因此客户端中止了连接。</translation>
    </message>
    <message>
        <source>Site owner: test the server with a current TLS library and update its TLS software.</source>
        <translation>网站管理员：请用当前版本的 TLS 库测试服务器，并更新服务器上的 TLS 软件。</translation>
    </message>
    <message>
        <source>If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.</source>
        <translation>如果只有这台计算机连接失败，可能是检查 TLS 流量的安全软件在干扰：请换一个网络或换一台计算机试试。</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>证书是自签名的</translation>
    </message>
    <message>
        <source>The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it.</source>
        <translation>该网站在为自己担保：它的证书没有经过此计算机信任的任何证书颁发机构签名，因此任何人都可能制作出这样的证书。</translation>
    </message>
    <message>
        <source>Do not enter passwords on this site until this is fixed.</source>
        <translation>在此问题解决之前，请不要在该网站上输入密码。</translation>
    </message>
    <message>
        <source>Site owner: replace the certificate with one from a public certificate authority (for example free from Let&apos;s Encrypt).</source>
        <translation>网站管理员：请改用公共证书颁发机构签发的证书（例如 Let&apos;s Encrypt 提供的免费证书）。</translation>
    </message>
    <message>
        <source>On an internal network: have IT install the certificate as trusted on the computers that use it.</source>
        <translation>如果是内部网络：请 IT 部门在需要访问该网站的计算机上将此证书安装为受信任的证书。</translation>
    </message>
    <message>
        <source>The certificate comes from an authority this computer does not trust</source>
        <translation>证书来自此计算机不信任的颁发机构</translation>
    </message>
    <message>
        <source>The certificate chain is complete, but it ends at a root certificate that is not in this computer&apos;s list of trusted authorities. This is typical for company-internal authorities.</source>
        <translation>证书链是完整的，但它最终指向的根证书不在此计算机的受信任颁发机构列表中。公司内部的证书颁发机构通常就是这种情况。</translation>
    </message>
    <message>
        <source>If this is a company-internal site: ask IT to install the company&apos;s root certificate on this computer.</source>
        <translation>如果这是公司内部网站：请 IT 部门在此计算机上安装公司的根证书。</translation>
    </message>
    <message>
        <source>If it is a public site: tell its owner to use a certificate from a publicly trusted authority.</source>
        <translation>如果这是公开网站：请告知网站管理员改用受公众信任的颁发机构签发的证书。</translation>
    </message>
    <message>
        <source>Do not install a root certificate because a website asks you to.</source>
        <translation>不要仅仅因为某个网站要求就安装根证书。</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation>服务器没有发送中间证书</translation>
    </message>
    <message>
        <source>A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail.</source>
        <translation>服务器在发送自己的证书时，必须同时发送将其连接到受信任根证书的中间证书。此服务器漏发了一个中间证书。有些浏览器会自行下载该证书，因此能正常访问；其他客户端（应用程序、curl、Java、Android、首次访问时的 Firefox）则会失败。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the server must send the full chain (leaf and intermediates).</source>
        <translation>请告知网站管理员：服务器必须发送完整的证书链（网站证书和中间证书）。</translation>
    </message>
    <message>
        <source>Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended).</source>
        <translation>网站管理员：请配置证书颁发机构提供的“完整证书链”文件（nginx：ssl_certificate fullchain.pem；Apache：在 SSLCertificateFile 所指文件的末尾追加证书链）。</translation>
    </message>
    <message>
        <source>Site owner: reload the server and test again.</source>
        <translation>网站管理员：请重新加载服务器，然后再次测试。</translation>
    </message>
    <message>
        <source>The certificate chain is not valid</source>
        <translation>证书链无效</translation>
    </message>
    <message>
        <source>Checking the certificate chain found a problem that makes clients reject it.</source>
        <translation>检查证书链时发现了一个问题，客户端会因此拒绝该证书链。</translation>
    </message>
    <message>
        <source>Site owner: reissue or reinstall the certificate and its chain from your certificate authority.</source>
        <translation>网站管理员：请通过证书颁发机构重新签发证书，或重新安装证书及其证书链。</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>Certificates are valid for a limited time. A certificate in this site&apos;s chain is past its end date, so clients reject it.</source>
        <translation>证书只在一段时间内有效。此网站证书链中有一个证书已超过截止日期，因此客户端会拒绝它。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>检查此计算机的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has expired and must be renewed.</source>
        <translation>请告知网站管理员：证书已过期，必须续期。</translation>
    </message>
    <message>
        <source>Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.</source>
        <translation>网站管理员：请续期证书，安装新证书及其证书链，重新加载服务器，并设置自动续期。</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>A certificate in this site&apos;s chain has a start date in the future. Either the server uses a certificate too early, or this computer&apos;s clock is wrong.</source>
        <translation>此网站证书链中有一个证书的生效日期还没到。要么是服务器过早地使用了该证书，要么是此计算机的时钟不准。</translation>
    </message>
    <message>
        <source>Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.</source>
        <translation>网站管理员：请安装一个当前有效的证书，或检查签发该证书的机器的时钟。</translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <translation>证书对应的是另一个名称</translation>
    </message>
    <message>
        <source>A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site.</source>
        <translation>证书中列出了它可用于哪些网站名称。您访问的名称不在其中，因此客户端无法确认自己连接的是正确的网站。</translation>
    </message>
    <message>
        <source>Check the address: maybe the site is meant to be reached under another name (for example with or without www.).</source>
        <translation>检查网址：该网站可能应通过另一个名称访问（例如带或不带 www.）。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which name you used and which names the certificate covers.</source>
        <translation>告知网站管理员您使用的名称，以及证书涵盖了哪些名称。</translation>
    </message>
    <message>
        <source>Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.</source>
        <translation>网站管理员：请获取一个将此名称列为使用者可选名称（SAN）的证书，或重定向到证书已涵盖的名称。</translation>
    </message>
    <message>
        <source>The certificate lacks a Subject Alternative Name</source>
        <translation>证书缺少使用者可选名称（SAN）</translation>
    </message>
    <message>
        <source>The site&apos;s name appears only in the certificate&apos;s old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it.</source>
        <translation>网站名称只出现在证书中旧式的“通用名称”（CN）字段里。当前的浏览器和程序库只查看使用者可选名称（SAN）扩展，因此会拒绝该证书。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate must list the host name as a Subject Alternative Name (SAN).</source>
        <translation>请告知网站管理员：证书必须将该主机名列为使用者可选名称（SAN）。</translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate with subjectAltName = DNS:&lt;host name&gt; (public authorities do this automatically).</source>
        <translation>网站管理员：请重新签发证书，并设置 subjectAltName = DNS:&lt;主机名&gt;（公共颁发机构会自动设置）。</translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers</source>
        <translation>此证书不是供网站服务器使用的</translation>
    </message>
    <message>
        <source>A certificate&apos;s “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it.</source>
        <translation>证书的“增强型密钥用法”（extended key usage）规定了它可以用于什么。此证书不允许用于 TLS 服务器，因此客户端会拒绝它。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate was issued for another purpose (for example client login or code signing).</source>
        <translation>请告知网站管理员：该证书是为其他用途签发的（例如客户端登录或代码签名）。</translation>
    </message>
    <message>
        <source>Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).</source>
        <translation>网站管理员：请重新签发证书，并将增强型密钥用法设为“serverAuth”（TLS Web 服务器身份验证）。</translation>
    </message>
    <message>
        <source>The certificate uses an obsolete signature</source>
        <translation>证书使用了过时的签名算法</translation>
    </message>
    <message>
        <source>The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them.</source>
        <translation>该证书使用 SHA-1 或 MD5 签名。这些哈希算法已被攻破：有人可以伪造出签名相同的证书，因此当前的客户端会拒绝此类证书。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has an obsolete SHA-1/MD5 signature.</source>
        <translation>请告知网站管理员：该证书使用了过时的 SHA-1/MD5 签名。</translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.</source>
        <translation>网站管理员：请使用 SHA-256 或更强的算法重新签发证书（以及所有内部中间证书）。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>证书的密钥太短</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys.</source>
        <translation>证书的公钥太短，不够安全（RSA 低于 2048 位，或椭圆曲线低于 256 位）。当前的客户端会拒绝此类密钥。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate&apos;s key is too short.</source>
        <translation>请告知网站管理员：证书的密钥太短。</translation>
    </message>
    <message>
        <source>Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.</source>
        <translation>网站管理员：请生成新的密钥（RSA 2048 位或以上，或 ECDSA P-256），并为它申请新的证书。</translation>
    </message>
    <message>
        <source>The extra CA file could not be used</source>
        <translation>无法使用额外的 CA 文件</translation>
    </message>
    <message>
        <source>You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system&apos;s trusted authorities.</source>
        <translation>您指定了一个包含要信任的证书颁发机构的文件，但该文件无法读取或其中没有证书，因此本次检查只使用了系统信任的颁发机构。</translation>
    </message>
    <message>
        <source>Check the file&apos;s path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>检查文件路径是否正确，以及文件中是否包含 PEM 格式的证书（“-----BEGIN CERTIFICATE-----”）。</translation>
    </message>
    <message>
        <source>The secure connection works, but the web server does not answer</source>
        <translation>安全连接正常，但网站服务器没有响应</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the HTTP request sent over it got no answer.</source>
        <translation>TLS 握手成功，但通过该连接发送的 HTTP 请求没有得到响应。</translation>
    </message>
    <message>
        <source>Site owner: check the web application behind the TLS server (proxy backend, application logs).</source>
        <translation>网站管理员：请检查 TLS 服务器后面的网站应用程序（代理后端、应用程序日志）。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>You (this computer)</source>
        <translation>您（本机）</translation>
    </message>
    <message>
        <source>The site&apos;s administrator</source>
        <translation>网站管理员</translation>
    </message>
    <message>
        <source>Your network administrator</source>
        <translation>您的网络管理员</translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation>网站证书</translation>
    </message>
    <message>
        <source>The root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>The intermediate certificate</source>
        <translation>中间证书</translation>
    </message>
    <message>
        <source>the sender is closing the connection normally.</source>
        <translation>发送方正在正常关闭连接。</translation>
    </message>
    <message>
        <source>a message arrived that was not expected at this point.</source>
        <translation>收到了一条此时不应出现的消息。</translation>
    </message>
    <message>
        <source>a record could not be decrypted or verified.</source>
        <translation>有一条记录无法解密或校验。</translation>
    </message>
    <message>
        <source>no acceptable set of security parameters was found (protocol version, cipher suite or certificate).</source>
        <translation>找不到双方都能接受的安全参数组合（协议版本、密码套件或证书）。</translation>
    </message>
    <message>
        <source>a certificate was corrupt or its signature did not verify.</source>
        <translation>证书已损坏，或其签名验证失败。</translation>
    </message>
    <message>
        <source>a certificate was of an unsupported type.</source>
        <translation>证书类型不受支持。</translation>
    </message>
    <message>
        <source>a certificate was revoked by its issuer.</source>
        <translation>证书已被其颁发者吊销。</translation>
    </message>
    <message>
        <source>a certificate has expired or is not yet valid.</source>
        <translation>证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>a certificate was not accepted for another reason.</source>
        <translation>证书因其他原因未被接受。</translation>
    </message>
    <message>
        <source>a field in the handshake was out of range or inconsistent.</source>
        <translation>握手中的某个字段超出范围或前后不一致。</translation>
    </message>
    <message>
        <source>a certificate&apos;s authority is not trusted.</source>
        <translation>证书的颁发机构不受信任。</translation>
    </message>
    <message>
        <source>the peer is not allowed to connect.</source>
        <translation>对方无权连接。</translation>
    </message>
    <message>
        <source>a message could not be decoded.</source>
        <translation>有一条消息无法解码。</translation>
    </message>
    <message>
        <source>a handshake signature or check failed.</source>
        <translation>握手签名或校验失败。</translation>
    </message>
    <message>
        <source>the protocol version offered is not supported by the other side.</source>
        <translation>对方不支持所提供的协议版本。</translation>
    </message>
    <message>
        <source>the other side requires stronger cipher suites than offered.</source>
        <translation>对方要求使用比所提供的更强的密码套件。</translation>
    </message>
    <message>
        <source>the sender had an internal error unrelated to the peer.</source>
        <translation>发送方发生了与对方无关的内部错误。</translation>
    </message>
    <message>
        <source>a version downgrade was detected and refused.</source>
        <translation>检测到协议版本降级，已拒绝。</translation>
    </message>
    <message>
        <source>the sender cancelled the handshake.</source>
        <translation>发送方取消了握手。</translation>
    </message>
    <message>
        <source>a required extension was missing.</source>
        <translation>缺少必需的扩展。</translation>
    </message>
    <message>
        <source>an extension was sent that the other side does not allow.</source>
        <translation>发送了对方不允许的扩展。</translation>
    </message>
    <message>
        <source>the server has no site for the requested name (SNI).</source>
        <translation>服务器上没有与所请求名称（SNI）对应的网站。</translation>
    </message>
    <message>
        <source>the certificate status (OCSP) response was invalid.</source>
        <translation>证书状态（OCSP）响应无效。</translation>
    </message>
    <message>
        <source>the pre-shared key identity is unknown.</source>
        <translation>预共享密钥的身份标识未知。</translation>
    </message>
    <message>
        <source>a client certificate is required but none was provided.</source>
        <translation>需要客户端证书，但没有提供。</translation>
    </message>
    <message>
        <source>no application protocol (ALPN) in common.</source>
        <translation>双方没有共同支持的应用层协议（ALPN）。</translation>
    </message>
    <message>
        <source>an alert without a standard meaning.</source>
        <translation>这是一个没有标准含义的警报。</translation>
    </message>
    <message>
        <source>No answer from the name server for “%1” before the time limit.</source>
        <translation>域名服务器在时限内没有回应对“%1”的查询。</translation>
    </message>
    <message>
        <source>The name “%1” does not exist in DNS (%2).</source>
        <translation>DNS 中不存在名称“%1”（%2）。</translation>
    </message>
    <message>
        <source>Looking up “%1” failed: %2.</source>
        <translation>查询“%1”失败：%2。</translation>
    </message>
    <message>
        <source>%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation>%1 的 %2 端口拒绝了连接：该端口上没有服务在监听，或者防火墙拒绝了连接。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed: %3.</source>
        <translation>连接 %1 的 %2 端口失败：%3。</translation>
    </message>
    <message>
        <source>No answer to the TCP connection request to %1 port %2 within %3 s.</source>
        <translation>向 %1 的 %2 端口发出的 TCP 连接请求在 %3 秒内没有回应。</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.</source>
        <translation>TLS 握手成功，但服务器没有在 %1 秒内回应 HTTP 请求。</translation>
    </message>
    <message>
        <source>The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.</source>
        <translation>到 %1 的 %2 端口的 TCP 连接已建立，但在 %3 之后，服务器在 %4 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST) right after %1, without a TLS alert.</source>
        <translation>服务器在 %1 之后立即重置了连接（TCP RST），没有发送 TLS 警报。</translation>
    </message>
    <message>
        <source>The server closed the connection right after %1, without a TLS alert.</source>
        <translation>服务器在 %1 之后立即关闭了连接，没有发送 TLS 警报。</translation>
    </message>
    <message>
        <source>The server&apos;s first bytes were “%1”, which is not a TLS record.</source>
        <translation>服务器发来的最初几个字节是“%1”，这不是 TLS 记录。</translation>
    </message>
    <message>
        <source>This port speaks plain HTTP (unencrypted), not HTTPS.</source>
        <translation>此端口使用的是普通 HTTP（未加密），而不是 HTTPS。</translation>
    </message>
    <message>
        <source>This port speaks %1, not TLS.</source>
        <translation>此端口使用的是 %1 协议，而不是 TLS。</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” expired on %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>%1“%2”已于 %3 过期（%n 天前）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” becomes valid only on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1“%2”要到 %3 才生效（还有 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>You asked for “%1”, but the certificate is valid only for: %2.</source>
        <translation>您访问的是“%1”，但该证书仅适用于：%2。</translation>
    </message>
    <message>
        <source>The certificate covers the www. name but not the bare domain “%1”.</source>
        <translation>证书涵盖带 www. 的名称，但不涵盖不带 www. 的域名“%1”。</translation>
    </message>
    <message>
        <source>The certificate covers the bare domain but not “%1”.</source>
        <translation>证书涵盖不带 www. 的域名，但不涵盖“%1”。</translation>
    </message>
    <message>
        <source>A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.</source>
        <translation>像“%1”这样的通配符只匹配一级名称：它匹配 a.%2，但不匹配“%3”。</translation>
    </message>
    <message>
        <source>A wildcard like “%1” does not cover the bare domain “%2” itself.</source>
        <translation>像“%1”这样的通配符不涵盖域名“%2”本身。</translation>
    </message>
    <message>
        <source>The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.</source>
        <translation>证书只在使用者的通用名称（CN=%2）中写有“%1”，没有使用者可选名称（SAN）；浏览器会忽略 CN。</translation>
    </message>
    <message>
        <source>The certificate “%1” is signed by itself and is not in this computer&apos;s trust store.</source>
        <translation>证书“%1”是自签名的，并且不在此计算机的受信任证书存储中。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>The chain ends at the root “%1”, which is not in this computer&apos;s trust store.</source>
        <translation>证书链最终指向根证书“%1”，它不在此计算机的受信任证书存储中。</translation>
    </message>
    <message>
        <source>The root was downloaded from the address in the certificate (%1).</source>
        <translation>该根证书是从证书中记载的地址（%1）下载的。</translation>
    </message>
    <message>
        <source>The server did not send this root, and it could not be found anywhere else.</source>
        <translation>服务器没有发送此根证书，在其他地方也找不到它。</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.</source>
        <translation>
            <numerusform>服务器发送了 %n 个证书，但没有发送签发“%2”的中间证书“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded the missing certificate from %1 (the certificate&apos;s AIA caIssuers address): with it the chain is complete.</source>
        <translation>已从 %1（证书中的 AIA caIssuers 地址）下载缺失的证书：加上它，证书链就完整了。</translation>
    </message>
    <message>
        <source>Could not download it from %1: %2.</source>
        <translation>无法从 %1 下载该证书：%2。</translation>
    </message>
    <message>
        <source>%1 “%2” is signed with %3.</source>
        <translation>%1“%2”使用 %3 签名。</translation>
    </message>
    <message>
        <source>%1 “%2” has a %3 key of only %4 bits.</source>
        <translation>%1“%2”的 %3 密钥只有 %4 位。</translation>
    </message>
    <message>
        <source>The certificate “%1” is only allowed for: %2. A web server&apos;s certificate needs “serverAuth” (TLS Web Server Authentication).</source>
        <translation>证书“%1”只允许用于：%2。网站服务器的证书需要“serverAuth”（TLS Web 服务器身份验证）。</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.</source>
        <translation>服务器要求提供客户端证书（CertificateRequest），但客户端没有发送证书，服务器随即以“%1”结束了连接。</translation>
    </message>
    <message>
        <source>no alert</source>
        <translation>无警报</translation>
    </message>
    <message>
        <source>Client certificates it accepts are issued by: %1.</source>
        <translation>它接受由以下机构颁发的客户端证书：%1。</translation>
    </message>
    <message>
        <source>The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).</source>
        <translation>对于所请求的名称“%1”（以 SNI 发送），服务器回复了 unrecognized_name 警报（%2）。</translation>
    </message>
    <message>
        <source>The server ended the handshake after %1 with the alert “%2”: %3</source>
        <translation>服务器在 %1 之后以警报“%2”终止了握手：%3</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation>证书检查：%1</translation>
    </message>
    <message>
        <source>The handshake stopped on our side after %1: %2</source>
        <translation>握手在 %1 之后被本机中止：%2</translation>
    </message>
    <message>
        <source>The CA file “%1” could not be used: %2.</source>
        <translation>无法使用 CA 文件“%1”：%2。</translation>
    </message>
    <message>
        <source>After the handshake, the HTTP request got no answer: %1.</source>
        <translation>握手完成后，HTTP 请求没有得到响应：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock says %1; the server&apos;s clock (its HTTP Date header) says %2.</source>
        <translation>此计算机的时钟显示 %1；服务器的时钟（其 HTTP Date 头）显示 %2。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>此计算机的时钟比服务器快 %1。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>此计算机的时钟比服务器慢 %1。</translation>
    </message>
    <message>
        <source>With the server&apos;s time, %1 “%2” is valid until %3: it only looks expired because of this computer&apos;s clock.</source>
        <translation>按服务器的时间，%1“%2”的有效期到 %3：它看起来已过期，只是因为此计算机的时钟不对。</translation>
    </message>
    <message>
        <source>With the server&apos;s time, %1 “%2” is valid since %3: it only looks not yet valid because of this computer&apos;s clock.</source>
        <translation>按服务器的时间，%1“%2”自 %3 起已经生效：它看起来尚未生效，只是因为此计算机的时钟不对。</translation>
    </message>
    <message>
        <source>By the server&apos;s time, %1 “%2” expired on %3; this computer&apos;s clock hides that.</source>
        <translation>按服务器的时间，%1“%2”已于 %3 过期；此计算机的时钟掩盖了这一点。</translation>
    </message>
    <message>
        <source>By the server&apos;s time, %1 “%2” is not valid before %3.</source>
        <translation>按服务器的时间，%1“%2”在 %3 之前尚未生效。</translation>
    </message>
    <message>
        <source>No certificate&apos;s validity depends on which clock is right.</source>
        <translation>无论哪个时钟正确，证书是否有效都不受影响。</translation>
    </message>
    <message>
        <source>it ends the handshake (%1)</source>
        <translation>服务器会终止握手（%1）</translation>
    </message>
    <message>
        <source>it sends “%1”, valid only for: %2</source>
        <translation>服务器发送“%1”，该证书仅适用于：%2</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>没有任何名称</translation>
    </message>
    <message>
        <source>With the name “%1” sent as SNI, the server sends “%2”; without SNI %3.</source>
        <translation>在 SNI 中发送名称“%1”时，服务器发送“%2”；不发送 SNI 时，%3。</translation>
    </message>
    <message>
        <source>For a name it does not host (“%1”), %2.</source>
        <translation>对于它没有托管的名称（“%1”），%2。</translation>
    </message>
    <message>
        <source>the OCSP response stapled by the server</source>
        <translation>服务器装订的 OCSP 响应</translation>
    </message>
    <message>
        <source>the OCSP responder %1</source>
        <translation>OCSP 响应服务器 %1</translation>
    </message>
    <message>
        <source>the revocation list (CRL) %1</source>
        <translation>证书吊销列表（CRL）%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>its private key was compromised (keyCompromise)</source>
        <translation>其私钥已泄露（keyCompromise）</translation>
    </message>
    <message>
        <source>the issuing authority was compromised (cACompromise)</source>
        <translation>签发机构已被攻破（cACompromise）</translation>
    </message>
    <message>
        <source>the owner&apos;s details changed (affiliationChanged)</source>
        <translation>持有者的信息已变更（affiliationChanged）</translation>
    </message>
    <message>
        <source>it was replaced by a new certificate (superseded)</source>
        <translation>已被新证书取代（superseded）</translation>
    </message>
    <message>
        <source>it is no longer in use (cessationOfOperation)</source>
        <translation>已不再使用（cessationOfOperation）</translation>
    </message>
    <message>
        <source>it is suspended for now (certificateHold)</source>
        <translation>暂时被冻结（certificateHold）</translation>
    </message>
    <message>
        <source>the owner&apos;s rights were withdrawn (privilegeWithdrawn)</source>
        <translation>持有者的权限已被收回（privilegeWithdrawn）</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>According to %1, “%2” (serial %3) was revoked on %4; reason: %5.</source>
        <translation>根据%1，“%2”（序列号 %3）已于 %4 被吊销；原因：%5。</translation>
    </message>
    <message>
        <source>Still “good” according to %1: sources are updated at different times.</source>
        <translation>根据%1，该证书仍为“有效”：各来源的更新时间并不相同。</translation>
    </message>
    <message>
        <source>the responder does not know this certificate (status “unknown”)</source>
        <translation>响应服务器不认识此证书（状态为“unknown”）</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>在时限内没有响应</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the address cannot be reached</source>
        <translation>无法访问该地址</translation>
    </message>
    <message>
        <source>the answer was HTTP status %1</source>
        <translation>返回了 HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the list is too large to check here (over 4 MB)</source>
        <translation>列表太大，无法在此检查（超过 4 MB）</translation>
    </message>
    <message>
        <source>the answer is not a valid OCSP response or revocation list</source>
        <translation>返回的内容不是有效的 OCSP 响应或吊销列表</translation>
    </message>
    <message>
        <source>the answer is not signed by the certificate&apos;s issuer</source>
        <translation>返回的内容不是由证书的颁发者签名的</translation>
    </message>
    <message>
        <source>the answer is about a different certificate</source>
        <translation>返回的内容针对的是另一个证书</translation>
    </message>
    <message>
        <source>the list comes from a different authority than the certificate</source>
        <translation>该列表来自与证书不同的颁发机构</translation>
    </message>
    <message>
        <source>the answer is out of date (it was valid until %1)</source>
        <translation>返回的内容已过时（有效期至 %1）</translation>
    </message>
    <message>
        <source>the answer is dated in the future (%1)</source>
        <translation>返回内容的日期在未来（%1）</translation>
    </message>
    <message>
        <source>the responder answered with the error “%1”</source>
        <translation>响应服务器返回了错误“%1”</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>连接失败（%1）</translation>
    </message>
    <message>
        <source>The OCSP response stapled by the server cannot be used: %1.</source>
        <translation>服务器装订的 OCSP 响应无法使用：%1。</translation>
    </message>
    <message>
        <source>The certificate names the OCSP responder %1, but the server stapled no response to the handshake.</source>
        <translation>证书指定了 OCSP 响应服务器 %1，但服务器没有在握手中装订任何响应。</translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation>检查%1：%2。</translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” is not valid (no usable max-age, or a directive given twice), so browsers ignore it.</source>
        <translation>Strict-Transport-Security 头“%1”无效（没有可用的 max-age，或某个指令出现了两次），因此浏览器会忽略它。</translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” has max-age=0, which tells browsers to forget the policy.</source>
        <translation>Strict-Transport-Security 头“%1”的 max-age=0，这会让浏览器忘记该策略。</translation>
    </message>
    <message>
        <source>The answer to %1 (%2) has no Strict-Transport-Security header.</source>
        <translation>对 %1 的响应（%2）中没有 Strict-Transport-Security 头。</translation>
    </message>
    <message>
        <source>script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>style sheet</source>
        <translation>样式表</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>plug-in content</source>
        <translation>插件内容</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message numerus="yes">
        <source>The page %1 loads %n resource(s) over unencrypted http://.</source>
        <translation>
            <numerusform>页面 %1 通过未加密的 http:// 加载了 %n 个资源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent unencrypted when submitted: %1 %2</source>
        <translation>提交时以未加密方式发送：%1 %2</translation>
    </message>
    <message>
        <source>Blocked by browsers: %1 %2</source>
        <translation>被浏览器拦截：%1 %2</translation>
    </message>
    <message>
        <source>Loaded with a “not secure” warning: %1 %2</source>
        <translation>会加载，但带有“不安全”警告：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……还有 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla&apos;s root program.</source>
        <translation>
            <numerusform>证书链最终指向根证书“%1”，此计算机信任它，但它不属于 Mozilla 根证书计划中的 %n 个公共根证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name suggests that %1 installed it to inspect encrypted connections.</source>
        <translation>从名称来看，它是 %1 为检查加密连接而安装的。</translation>
    </message>
    <message>
        <source>Roots like this are installed by antivirus programs that scan HTTPS, by company proxies and by TLS inspection devices.</source>
        <translation>这类根证书通常由扫描 HTTPS 的杀毒软件、公司代理服务器和 TLS 检查设备安装。</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>The server still accepts %1, which is broken (POODLE) and which no current client uses, next to %2.</source>
        <translation>服务器仍接受已被攻破（POODLE）、当前的客户端都不再使用的 %1，同时支持 %2。</translation>
    </message>
    <message>
        <source>The newest protocol version the server accepts is %1; current browsers and libraries require TLS 1.2 or newer.</source>
        <translation>服务器接受的最新协议版本是 %1；当前的浏览器和程序库要求 TLS 1.2 或更新的版本。</translation>
    </message>
    <message>
        <source>Versions it accepts: %1.</source>
        <translation>它接受的版本：%1。</translation>
    </message>
    <message>
        <source>Clients that cannot connect: %1.</source>
        <translation>无法连接的客户端：%1。</translation>
    </message>
    <message>
        <source>The server accepts only TLS 1.3 (suites: %1) and refuses TLS 1.2, 1.1 and 1.0.</source>
        <translation>服务器只接受 TLS 1.3（密码套件：%1），拒绝 TLS 1.2、1.1 和 1.0。</translation>
    </message>
    <message>
        <source>No cipher suite in common with: %1.</source>
        <translation>与以下客户端没有共同的密码套件：%1。</translation>
    </message>
    <message>
        <source>At %1 the server accepts only: %2.</source>
        <translation>在 %1 下，服务器只接受：%2。</translation>
    </message>
    <message>
        <source>Elliptic-curve groups it accepts: %1.</source>
        <translation>它接受的椭圆曲线组：%1。</translation>
    </message>
    <message>
        <source>no encryption at all</source>
        <translation>完全不加密</translation>
    </message>
    <message>
        <source>no server authentication, so anyone in between can pose as the server</source>
        <translation>不验证服务器身份，中间的任何人都能冒充服务器</translation>
    </message>
    <message>
        <source>export-grade keys, breakable within hours (FREAK, Logjam)</source>
        <translation>出口级密钥，几小时内即可破解（FREAK、Logjam）</translation>
    </message>
    <message>
        <source>RC4, whose biases reveal plaintext (RFC 7465 forbids it)</source>
        <translation>RC4，其偏差会泄露明文（RFC 7465 已禁止使用）</translation>
    </message>
    <message>
        <source>single DES with 56-bit keys, broken by brute force</source>
        <translation>单重 DES，密钥只有 56 位，可被暴力破解</translation>
    </message>
    <message>
        <source>3DES with 64-bit blocks, open to the Sweet32 attack</source>
        <translation>3DES，分组只有 64 位，易受 Sweet32 攻击</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1（%2）：%3。</translation>
    </message>
    <message>
        <source>At %1 the server offers only CBC suites with SHA-1 and no AES-GCM or ChaCha20-Poly1305: these are open to padding-oracle attacks such as Lucky Thirteen.</source>
        <translation>在 %1 下，服务器只提供使用 SHA-1 的 CBC 套件，没有 AES-GCM 或 ChaCha20-Poly1305：这类套件易受 Lucky Thirteen 等填充预言攻击。</translation>
    </message>
    <message>
        <source>At %1 none of the server&apos;s suites has forward secrecy: whoever obtains the server&apos;s private key later can decrypt recorded traffic.</source>
        <translation>在 %1 下，服务器的套件都不具备前向保密：日后拿到服务器私钥的人可以解密录下的流量。</translation>
    </message>
    <message>
        <source>At %1 the server prefers %2, which has no forward secrecy, to its suites that have it.</source>
        <translation>在 %1 下，服务器优先选择不具备前向保密的 %2，而不是它那些具备前向保密的套件。</translation>
    </message>
    <message>
        <source>The server&apos;s Diffie-Hellman group has %1 bits; at least 2048 are needed.</source>
        <translation>服务器的 Diffie-Hellman 组只有 %1 位；至少需要 2048 位。</translation>
    </message>
    <message>
        <source>Groups this small are refused by current clients and can be broken with modest computing power.</source>
        <translation>这么小的组会被当前的客户端拒绝，用不多的计算资源就能破解。</translation>
    </message>
    <message>
        <source>Suites that use it: %1.</source>
        <translation>使用它的套件：%1。</translation>
    </message>
    <message>
        <source>Clients that refuse it and fail: %1.</source>
        <translation>拒绝它而连接失败的客户端：%1。</translation>
    </message>
    <message>
        <source>Clients with elliptic-curve key exchange (%1) do not use it.</source>
        <translation>支持椭圆曲线密钥交换（%1）的客户端不会用到它。</translation>
    </message>
    <message>
        <source>The server speaks outdated protocol versions</source>
        <translation>服务器使用过时的协议版本</translation>
    </message>
    <message>
        <source>SSL 3.0, TLS 1.0 and TLS 1.1 are obsolete (RFC 7568, RFC 8996): current browsers, Android, Java and OpenSSL refuse them. A server whose newest version is one of these cannot be reached by up-to-date clients; one that still accepts SSL 3.0 next to newer versions exposes old clients to downgrade attacks.</source>
        <translation>SSL 3.0、TLS 1.0 和 TLS 1.1 均已淘汰（RFC 7568、RFC 8996）：当前的浏览器、Android、Java 和 OpenSSL 都拒绝使用。最新版本仍是其中之一的服务器，较新的客户端无法访问；在新版本之外仍接受 SSL 3.0 的服务器，会让旧客户端面临降级攻击。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server must support TLS 1.2 and TLS 1.3.</source>
        <translation>告诉网站管理员：服务器必须支持 TLS 1.2 和 TLS 1.3。</translation>
    </message>
    <message>
        <source>Site owner: enable them in the server&apos;s TLS settings (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), updating the TLS library or the server software if it cannot.</source>
        <translation>网站管理员：在服务器的 TLS 设置中启用它们（nginx：ssl_protocols TLSv1.2 TLSv1.3；Apache：SSLProtocol -all +TLSv1.2 +TLSv1.3）；如果无法启用，请升级 TLS 程序库或服务器软件。</translation>
    </message>
    <message>
        <source>Site owner: switch off SSL 3.0, and TLS 1.0 and 1.1 once no client you need depends on them.</source>
        <translation>网站管理员：关闭 SSL 3.0；在不再有需要的客户端依赖 TLS 1.0 和 1.1 后，也将它们关闭。</translation>
    </message>
    <message>
        <source>Until then, do not lower your own client&apos;s security settings to get in: the connection would not be safe.</source>
        <translation>在此之前，不要为了连上而降低自己客户端的安全设置：那样的连接并不安全。</translation>
    </message>
    <message>
        <source>The server has no cipher suite in common with current clients</source>
        <translation>服务器与当前的客户端没有共同的密码套件</translation>
    </message>
    <message>
        <source>Client and server must agree on a cipher suite (how the connection is encrypted). Everything this server accepts is obsolete or unusual, so current browsers find nothing they support and stop; Chrome shows ERR_SSL_VERSION_OR_CIPHER_MISMATCH.</source>
        <translation>客户端和服务器必须就密码套件（连接的加密方式）达成一致。这台服务器接受的套件不是已淘汰就是很少见，当前的浏览器找不到自己支持的套件，于是中止连接；Chrome 会显示 ERR_SSL_VERSION_OR_CIPHER_MISMATCH。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which suites the server accepts (listed below) and that current clients support none of them.</source>
        <translation>告诉网站管理员服务器接受哪些套件（见下方列表），以及当前的客户端一个也不支持。</translation>
    </message>
    <message>
        <source>Site owner: enable TLS 1.3, and for TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305 (Mozilla&apos;s “intermediate” configuration is a good start).</source>
        <translation>网站管理员：启用 TLS 1.3，并为 TLS 1.2 启用使用 AES-GCM 或 ChaCha20-Poly1305 的 ECDHE 套件（可以从 Mozilla 的 “intermediate” 配置入手）。</translation>
    </message>
    <message>
        <source>Site owner: if the server cannot offer them, update its TLS library or server software.</source>
        <translation>网站管理员：如果服务器无法提供这些套件，请升级其 TLS 程序库或服务器软件。</translation>
    </message>
    <message>
        <source>A security product or proxy is inspecting this connection</source>
        <translation>有安全软件或代理服务器在检查此连接</translation>
    </message>
    <message>
        <source>The certificate chain does not end at a root of the public web but at one that was added to this computer&apos;s trust store. Antivirus programs that scan HTTPS, company proxies and TLS inspection devices do this: they decrypt the traffic, inspect it, and encrypt it again with certificates of their own. What you see is their certificate, not the site&apos;s, so the site&apos;s own certificate problems (or their absence) are hidden.</source>
        <translation>证书链最终指向的不是公共网络的根证书，而是一个被添加到此计算机受信任证书存储中的根证书。扫描 HTTPS 的杀毒软件、公司代理服务器和 TLS 检查设备就是这样做的：它们解密流量、进行检查，再用自己的证书重新加密。因此您看到的是它们的证书，而不是网站的证书，网站证书本身的问题（或没有问题）都被掩盖了。</translation>
    </message>
    <message>
        <source>If you know and trust the product (your employer&apos;s proxy, your antivirus), this is expected; to see the site&apos;s real certificate, test from another network or with the product&apos;s HTTPS scanning turned off.</source>
        <translation>如果您了解并信任该产品（您单位的代理服务器、您的杀毒软件），这是正常现象；要查看网站的真实证书，请换一个网络测试，或关闭该产品的 HTTPS 扫描后再测试。</translation>
    </message>
    <message>
        <source>If you do not know who installed this root, remove it from the trust store and check the computer for unwanted software.</source>
        <translation>如果您不知道是谁安装了这个根证书，请将其从受信任证书存储中删除，并检查计算机上是否有不需要的软件。</translation>
    </message>
    <message>
        <source>Network administrator: exempt sites that break under inspection (certificate pinning, client certificates) from TLS inspection.</source>
        <translation>网络管理员：请将在检查下无法正常工作的网站（使用证书固定或客户端证书的网站）排除在 TLS 检查之外。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock does not match the server&apos;s</source>
        <translation>此计算机的时钟与服务器不一致</translation>
    </message>
    <message>
        <source>Certificates are valid only between two dates, and a client judges them by its own clock. This computer&apos;s clock and the server&apos;s differ by more than five minutes. When the computer&apos;s clock is wrong, valid certificates look expired or not yet valid, and other secure sites fail as well.</source>
        <translation>证书只在两个日期之间有效，客户端按自己的时钟判断证书是否有效。此计算机的时钟与服务器的时钟相差超过五分钟。如果计算机的时钟不对，有效的证书会显示为已过期或尚未生效，其他安全网站也会无法访问。</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone correctly, preferably automatically (Windows: Settings → Time &amp; language → Set time automatically; macOS and Linux: turn on network time).</source>
        <translation>请正确设置此计算机的日期、时间和时区，最好设为自动（Windows：设置 → 时间和语言 → 自动设置时间；macOS 和 Linux：开启网络时间）。</translation>
    </message>
    <message>
        <source>If this computer&apos;s clock is right, the server&apos;s clock is wrong: tell the site&apos;s owner to synchronise it (NTP).</source>
        <translation>如果此计算机的时钟是正确的，那就是服务器的时钟不对：请告知网站管理员同步服务器时钟（NTP）。</translation>
    </message>
    <message>
        <source>Then run the diagnosis again.</source>
        <translation>然后重新运行诊断。</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>Do not enter passwords or personal data on this site until this is fixed.</source>
        <translation>在此问题解决之前，不要在此网站上输入密码或个人信息。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has been revoked.</source>
        <translation>请告知网站管理员：证书已被吊销。</translation>
    </message>
    <message>
        <source>Site owner: if the server staples OCSP, make sure it staples a fresh response for the new certificate.</source>
        <translation>网站管理员：如果服务器启用了 OCSP 装订，请确保它为新证书装订最新的响应。</translation>
    </message>
    <message>
        <source>Clients that do not send the site&apos;s name get the wrong certificate</source>
        <translation>不发送网站名称的客户端会收到错误的证书</translation>
    </message>
    <message>
        <source>A server that hosts several sites on one address chooses the certificate by the name the client sends in the handshake (SNI). Current browsers always send it, but some old or minimal clients (Android 2, Windows XP, Java 6, some scripts, monitoring tools and devices) do not. This server answers them with a certificate that is not valid for this site, or not at all, so they fail.</source>
        <translation>在同一地址上托管多个网站的服务器，会根据客户端在握手中发送的名称（SNI）选择证书。当前的浏览器都会发送它，但一些旧的或精简的客户端（Android 2、Windows XP、Java 6、某些脚本、监控工具和设备）不会发送。此服务器给这些客户端返回的证书对本网站无效，或者根本不与它们建立连接，因此它们会连接失败。</translation>
    </message>
    <message>
        <source>Site owner: make this site&apos;s certificate the default on this address and port (nginx: default_server; Apache: the first virtual host), or add its names to the default certificate.</source>
        <translation>网站管理员：请将本网站的证书设为此地址和端口上的默认证书（nginx：default_server；Apache：第一个虚拟主机），或将本网站的名称添加到默认证书中。</translation>
    </message>
    <message>
        <source>If an old client of yours fails here: update it or its TLS library; SNI has been standard for many years.</source>
        <translation>如果您的某个旧客户端在此失败：请更新该客户端或其 TLS 库；SNI 成为标准已有多年。</translation>
    </message>
    <message>
        <source>The server accepts only TLS 1.3</source>
        <translation>服务器只接受 TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.3 is the best version there is, but clients that stop at TLS 1.2 cannot connect: the server answers them with the alert protocol_version. Among them are Windows 7 and 8.1, Java 8, Android 9 and older, and older curl, Python and embedded devices.</source>
        <translation>TLS 1.3 是目前最好的版本，但最高只支持 TLS 1.2 的客户端无法连接：服务器会用 protocol_version 警报回应它们。其中包括 Windows 7 和 8.1、Java 8、Android 9 及更早版本，以及较旧的 curl、Python 和嵌入式设备。</translation>
    </message>
    <message>
        <source>Site owner: if older clients must connect, also enable TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 suites (Mozilla&apos;s “intermediate” configuration).</source>
        <translation>网站管理员：如果旧客户端也必须能连接，请同时启用 TLS 1.2，并使用 ECDHE 与 AES-GCM 或 ChaCha20-Poly1305 套件（Mozilla 的 “intermediate” 配置）。</translation>
    </message>
    <message>
        <source>Site owner: if only current clients matter, this can stay as it is.</source>
        <translation>网站管理员：如果只需支持当前的客户端，可以保持现状。</translation>
    </message>
    <message>
        <source>If your own client fails here: update its operating system, Java or app to one that speaks TLS 1.3.</source>
        <translation>如果你自己的客户端在这里失败：把它的操作系统、Java 或应用升级到支持 TLS 1.3 的版本。</translation>
    </message>
    <message>
        <source>The server accepts weak cipher suites</source>
        <translation>服务器接受弱密码套件</translation>
    </message>
    <message>
        <source>Some of the encryption this server agrees to is weak: broken ciphers, no encryption at all, or key exchange without forward secrecy. Current browsers avoid these suites, but older or badly configured clients may end up with them, and then their traffic can be read.</source>
        <translation>这台服务器同意使用的部分加密方式很弱：已被攻破的算法、完全不加密，或没有前向保密的密钥交换。当前的浏览器会避开这些套件，但较旧或配置不当的客户端可能会用上它们，这时它们的流量就可能被读取。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which suites are weak and why (listed below).</source>
        <translation>告诉网站管理员哪些套件弱以及原因（见下方列表）。</translation>
    </message>
    <message>
        <source>Site owner: remove them from the server&apos;s cipher list and prefer ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: ssl_ciphers; Apache: SSLCipherSuite; see Mozilla&apos;s “intermediate” configuration).</source>
        <translation>网站管理员：把它们从服务器的密码套件列表中删除，优先使用 ECDHE 配合 AES-GCM 或 ChaCha20-Poly1305（nginx：ssl_ciphers；Apache：SSLCipherSuite；参见 Mozilla 的 “intermediate” 配置）。</translation>
    </message>
    <message>
        <source>Site owner: test again afterwards to make sure the older clients you need still connect.</source>
        <translation>网站管理员：修改后再测试一次，确认仍需支持的旧客户端依然能连接。</translation>
    </message>
    <message>
        <source>The server&apos;s Diffie-Hellman group is too small</source>
        <translation>服务器的 Diffie-Hellman 组太小</translation>
    </message>
    <message>
        <source>For DHE cipher suites the server uses a finite-field Diffie-Hellman group smaller than 2048 bits. 1024-bit groups, often one of a few well-known ones, can be broken by precomputation (Logjam); smaller ones by almost anyone. Clients with strict settings, such as OpenSSL 3 at security level 2, refuse groups under 2048 bits.</source>
        <translation>服务器在 DHE 密码套件中使用的有限域 Diffie-Hellman 组小于 2048 位。1024 位的组通常是少数几个众所周知的组之一，可通过预计算破解（Logjam）；更小的组几乎任何人都能破解。设置严格的客户端（例如安全级别为 2 的 OpenSSL 3）会拒绝小于 2048 位的组。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner the size of the server&apos;s DH group (shown below).</source>
        <translation>告诉网站管理员服务器 DH 组的大小（见下方）。</translation>
    </message>
    <message>
        <source>Site owner: use a group of 2048 bits or more, for example ffdhe2048 from RFC 7919 (nginx: ssl_dhparam; Apache: SSLOpenSSLConfCmd DHParameters), or drop DHE suites in favour of ECDHE.</source>
        <translation>网站管理员：使用 2048 位或更大的组，例如 RFC 7919 中的 ffdhe2048（nginx：ssl_dhparam；Apache：SSLOpenSSLConfCmd DHParameters），或者放弃 DHE 套件，改用 ECDHE。</translation>
    </message>
    <message>
        <source>Site owner: software with a fixed DH size (Java 7, Apache 2.2 and similar) needs an update.</source>
        <translation>网站管理员：DH 大小固定的软件（Java 7、Apache 2.2 等）需要升级。</translation>
    </message>
    <message>
        <source>The secure page loads content over unencrypted HTTP</source>
        <translation>安全页面通过未加密的 HTTP 加载内容</translation>
    </message>
    <message>
        <source>The page itself comes over HTTPS, but it loads resources from http:// addresses, which anyone on the network can read or change. Browsers block active content (scripts, style sheets, frames, plug-ins), so parts of the page break; images, audio and video still load but the page is marked as not fully secure, and forms would send their data unencrypted.</source>
        <translation>页面本身通过 HTTPS 传输，但它从 http:// 地址加载资源，网络上的任何人都能读取或篡改这些资源。浏览器会拦截主动内容（脚本、样式表、框架、插件），导致页面部分功能失效；图片、音频和视频仍会加载，但页面会被标记为不完全安全，而表单会以未加密方式发送数据。</translation>
    </message>
    <message>
        <source>Site owner: to catch any that are left, send the header “Content-Security-Policy: upgrade-insecure-requests”.</source>
        <translation>网站管理员：为了覆盖遗漏的地址，请发送头“Content-Security-Policy: upgrade-insecure-requests”。</translation>
    </message>
    <message>
        <source>Site owner: if a resource&apos;s server has no HTTPS, serve a copy from your own site.</source>
        <translation>网站管理员：如果某个资源所在的服务器不支持 HTTPS，请在自己的网站上提供一份副本。</translation>
    </message>
    <message>
        <source>The server staples an unusable OCSP response</source>
        <translation>服务器装订了无法使用的 OCSP 响应</translation>
    </message>
    <message>
        <source>The server attaches (staples) its certificate authority&apos;s signed revocation status to the handshake, so that clients need not ask the authority themselves. This one cannot be relied on. Strict clients such as Firefox refuse a connection whose stapled response is out of date or invalid.</source>
        <translation>服务器会把证书颁发机构签名的吊销状态附加（装订）到握手中，这样客户端就无需自己去询问颁发机构。但这份响应不可靠。Firefox 等严格的客户端会拒绝装订响应已过时或无效的连接。</translation>
    </message>
    <message>
        <source>Site owner: check the server&apos;s OCSP stapling settings and that the server can reach the authority&apos;s OCSP responder (nginx: ssl_stapling, ssl_stapling_verify and a resolver; Apache: SSLUseStapling and SSLStaplingCache).</source>
        <translation>网站管理员：请检查服务器的 OCSP 装订设置，并确认服务器能访问颁发机构的 OCSP 响应服务器（nginx：ssl_stapling、ssl_stapling_verify 和 resolver；Apache：SSLUseStapling 和 SSLStaplingCache）。</translation>
    </message>
    <message>
        <source>Site owner: reload the server so that it fetches a fresh response.</source>
        <translation>网站管理员：请重新加载服务器，让它获取新的响应。</translation>
    </message>
    <message>
        <source>The server does not staple OCSP</source>
        <translation>服务器没有启用 OCSP 装订</translation>
    </message>
    <message>
        <source>The certificate names an OCSP responder where clients can ask whether it has been revoked. The server could attach (staple) a recent answer to the handshake but does not, so clients must ask the authority themselves: that is slower, tells the authority which sites are visited, and is skipped when the responder cannot be reached.</source>
        <translation>证书指定了一个 OCSP 响应服务器，客户端可以向它查询证书是否已被吊销。服务器本可以把最新的响应附加（装订）到握手中，但它没有这样做，因此客户端必须自己去询问颁发机构：这样更慢，会让颁发机构知道用户访问了哪些网站，而且在无法连接响应服务器时会被跳过。</translation>
    </message>
    <message>
        <source>Site owner: turn on OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on; Apache: SSLUseStapling on with an SSLStaplingCache).</source>
        <translation>网站管理员：请启用 OCSP 装订（nginx：“ssl_stapling on; ssl_stapling_verify on;”；Apache：SSLUseStapling on，并配置 SSLStaplingCache）。</translation>
    </message>
    <message>
        <source>The certificate&apos;s revocation status could not be checked</source>
        <translation>无法检查证书的吊销状态</translation>
    </message>
    <message>
        <source>The certificate names places where clients can check whether it has been revoked. At least one of them gave no usable answer. Most browsers then carry on without the check, so this does not block the site; the usual causes are a firewall that blocks plain HTTP to these addresses, or a failing server at the certificate authority.</source>
        <translation>证书指定了客户端可以查询其是否已被吊销的地址。其中至少有一个没有给出可用的响应。大多数浏览器在这种情况下会跳过检查继续连接，因此这不会导致网站无法访问；常见原因是防火墙拦截了到这些地址的普通 HTTP 连接，或证书颁发机构的服务器出现故障。</translation>
    </message>
    <message>
        <source>On a company network: ask the network administrator to allow plain HTTP (port 80) to the addresses listed under evidence.</source>
        <translation>在公司网络中：请网络管理员允许通过普通 HTTP（端口 80）访问证据中列出的地址。</translation>
    </message>
    <message>
        <source>If an address answered with an error or an invalid answer: tell the site&apos;s owner, who can report it to the certificate authority.</source>
        <translation>如果某个地址返回了错误或无效的响应：请告知网站管理员，由其向证书颁发机构报告。</translation>
    </message>
    <message>
        <source>Site owner: turn on OCSP stapling, so that clients do not need to reach the responder themselves.</source>
        <translation>网站管理员：请启用 OCSP 装订，这样客户端就无需自己访问响应服务器。</translation>
    </message>
    <message>
        <source>The site does not tell browsers to always use HTTPS (HSTS)</source>
        <translation>网站没有要求浏览器始终使用 HTTPS（HSTS）</translation>
    </message>
    <message>
        <source>With the Strict-Transport-Security header a site tells browsers to use only HTTPS for it from then on. Without it, a visitor who types the bare name or follows an old http:// link first makes an unencrypted request, which an attacker on the same network can intercept and redirect (SSL stripping).</source>
        <translation>网站可以通过 Strict-Transport-Security 头告诉浏览器：从此以后只用 HTTPS 访问它。没有这个头，访问者在只输入域名或点击旧的 http:// 链接时，会先发出一个未加密的请求，同一网络中的攻击者可以截获并重定向该请求（SSL 剥离攻击）。</translation>
    </message>
    <message>
        <source>Site owner: send “Strict-Transport-Security: max-age=31536000; includeSubDomains” with every HTTPS response (nginx: add_header … always; Apache: Header always set …).</source>
        <translation>网站管理员：请在每个 HTTPS 响应中发送“Strict-Transport-Security: max-age=31536000; includeSubDomains”（nginx：add_header … always；Apache：Header always set …）。</translation>
    </message>
    <message>
        <source>Site owner: start with a short max-age (for example 300 seconds) and raise it once every subdomain works over HTTPS.</source>
        <translation>网站管理员：请先使用较短的 max-age（例如 300 秒），在所有子域名都能通过 HTTPS 访问后再调大。</translation>
    </message>
    <message>
        <source>Site owner: change the http:// addresses listed as evidence to https:// (or to relative addresses), the blocked ones first.</source>
        <translation>网站管理员：请将证据中列出的 http:// 地址改为 https://（或相对地址），先改被拦截的那些。</translation>
    </message>
    <message>
        <source>This site&apos;s certificate expired today</source>
        <translation>此网站的证书今天已过期</translation>
    </message>
    <message>
        <source>A certificate in this site&apos;s chain expired today</source>
        <translation>此网站证书链中的一个证书今天已过期</translation>
    </message>
    <message numerus="yes">
        <source>This site&apos;s certificate expired %n day(s) ago</source>
        <translation>
            <numerusform>此网站的证书已于 %n 天前过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A certificate in this site&apos;s chain expired %n day(s) ago</source>
        <translation>
            <numerusform>此网站证书链中的一个证书已于 %n 天前过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This site&apos;s certificate becomes valid only in %n day(s)</source>
        <translation>
            <numerusform>此网站的证书要到 %n 天后才生效</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2</source>
        <translation>该证书适用于 %1，而不适用于 %2</translation>
    </message>
    <message>
        <source>The certificate comes from “%1”, an authority this computer does not trust</source>
        <translation>该证书来自“%1”，此计算机不信任这个颁发机构</translation>
    </message>
    <message>
        <source>The server does not send the intermediate certificate “%1”</source>
        <translation>服务器没有发送中间证书“%1”</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2</source>
        <translation>%1 的 %2 端口上没有任何服务接受连接</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>名称 %1 不存在</translation>
    </message>
    <message>
        <source>%1 port %2 does not answer</source>
        <translation>%1 的 %2 端口没有响应</translation>
    </message>
    <message>
        <source>The server accepts the connection but never answers the TLS handshake</source>
        <translation>服务器接受了连接，但始终没有响应 TLS 握手</translation>
    </message>
    <message>
        <source>The server has no site called %1</source>
        <translation>服务器上没有名为 %1 的网站</translation>
    </message>
    <message>
        <source>Ask your IT department whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</source>
        <translation>询问您的 IT 部门，公司代理或安全软件是否会检查此计算机上的加密连接：如果是，出现这种情况属于正常。</translation>
    </message>
    <message>
        <source>The server did not answer extra connections while others were open (it reset them or left them waiting), so the checks went one connection at a time.</source>
        <translation>其他连接未关闭时，服务器不响应额外的连接（将其重置或使其等待），因此各项检查改为一次只用一个连接。</translation>
    </message>
    <message numerus="yes">
        <source>It stopped answering new connections %n time(s) for a while; the checks then waited %1 ms between connections.</source>
        <translation>
            <numerusform>服务器有 %n 次在一段时间内不再响应新连接；此后各项检查在两次连接之间等待 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks made %1 connections in all, at most %2 at once.</source>
        <translation>各项检查共建立了 %1 个连接，同时最多 %2 个。</translation>
    </message>
    <message>
        <source>The server limits how many connections a client may open</source>
        <translation>服务器限制了客户端可建立的连接数</translation>
    </message>
    <message>
        <source>To learn which versions and cipher suites the server accepts, this program opens a few extra connections. The server limited them: it serves one connection at a time, resets extra ones, or allows only a few new connections per second. The checks waited their turn instead of counting that as a refusal, so they took longer. Browsers open several connections to a site at once and may load pages slowly here.</source>
        <translation>为了查明服务器接受哪些协议版本和密码套件，本程序会额外建立几个连接。服务器限制了这些连接：它一次只处理一个连接、重置多余的连接，或每秒只允许少量新连接。各项检查会排队等待，而不会把这种情况当作拒绝，因此耗时更长。浏览器会同时向网站建立多个连接，在此网站上加载页面可能较慢。</translation>
    </message>
    <message>
        <source>Site owner: if this limit is not intended, raise the server&apos;s connection limit (worker processes, maximum clients, rate limits in the firewall or load balancer).</source>
        <translation>网站管理员：如果这一限制并非有意设置，请提高服务器的连接上限（工作进程数、最大客户端数，以及防火墙或负载均衡器中的速率限制）。</translation>
    </message>
    <message>
        <source>Site owner: small devices and test servers that serve one connection at a time need nothing changed.</source>
        <translation>网站管理员：一次只处理一个连接的小型设备和测试服务器无需任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The site&apos;s certificate “%1” is valid for %n day(s), from %2 to %3; the limit for public certificates issued since 2020-09-01 is %4 days.</source>
        <translation>
            <numerusform>网站证书“%1”的有效期为 %n 天，从 %2 到 %3；2020-09-01 以后签发的公开证书的上限是 %4 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>It chains to “%1”, a root of the public root programs, so Safari and Chrome reject it.</source>
        <translation>它的证书链通向“%1”，这是公开根证书计划中的根证书，因此 Safari 和 Chrome 会拒绝它。</translation>
    </message>
    <message>
        <source>It chains to “%1”, which is not a root of the public root programs, so browsers do not enforce the limit for it.</source>
        <translation>它的证书链通向“%1”，这不是公开根证书计划中的根证书，因此浏览器不会对它执行该上限。</translation>
    </message>
    <message>
        <source>The certificate is valid for longer than browsers allow</source>
        <translation>证书的有效期超过了浏览器允许的长度</translation>
    </message>
    <message>
        <source>Since 2020-09-01, Safari and Chrome reject certificates from public authorities that are valid for more than 398 days, even though nothing else is wrong with them. Certificates from a company&apos;s own root are not held to this limit.</source>
        <translation>自 2020-09-01 起，对于公开证书颁发机构签发、有效期超过 398 天的证书，即使没有其他问题，Safari 和 Chrome 也会拒绝。由企业自有根证书签发的证书不受此限制。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate&apos;s validity period is too long for browsers.</source>
        <translation>告诉网站管理员：证书的有效期对浏览器来说太长了。</translation>
    </message>
    <message>
        <source>Site owner: get a new certificate valid for at most 398 days (for example a 90-day certificate over ACME with automatic renewal), install it with its chain and reload the server.</source>
        <translation>网站管理员：申请一张有效期不超过 398 天的新证书（例如通过 ACME 获取并自动续期的 90 天证书），连同证书链一起安装，然后重新加载服务器。</translation>
    </message>
    <message>
        <source>Site owner: if your own CA issues it, make its profile issue at most 398 days too, so the site keeps working should it move to a public authority.</source>
        <translation>网站管理员：如果证书由你们自己的 CA 签发，也请把其模板的有效期设为不超过 398 天，这样网站日后改用公开证书颁发机构时仍能正常工作。</translation>
    </message>
    <message>
        <source>The trust store “%1” could not be used: %2.</source>
        <translation>无法使用信任库“%1”：%2。</translation>
    </message>
    <message>
        <source>The trust store file could not be used</source>
        <translation>无法使用信任库文件</translation>
    </message>
    <message>
        <source>You gave a file of certificate authorities to trust instead of the system&apos;s, but it could not be read or holds no certificates, so no authority was trusted and every certificate looks untrusted.</source>
        <translation>您指定了一个证书颁发机构文件来代替系统的受信任机构，但该文件无法读取或不含任何证书，因此没有信任任何机构，所有证书都会显示为不受信任。</translation>
    </message>
    <message>
        <source>Check the file&apos;s path and that it is a file of PEM certificates (“-----BEGIN CERTIFICATE-----”), not a directory or a device.</source>
        <translation>请检查文件路径，并确认它是包含 PEM 证书（“-----BEGIN CERTIFICATE-----”）的文件，而不是目录或设备。</translation>
    </message>
    <message>
        <source>The proxy %1 is the one this computer&apos;s settings name for this site.</source>
        <translation>代理 %1 是此计算机的设置为该网站指定的代理。</translation>
    </message>
    <message>
        <source>The proxy %1 was given in the options.</source>
        <translation>代理 %1 是在选项中指定的。</translation>
    </message>
    <message>
        <source>The proxy&apos;s name “%1” could not be looked up: %2.</source>
        <translation>无法解析代理的名称“%1”：%2。</translation>
    </message>
    <message>
        <source>Connecting to the proxy %1 failed: %2.</source>
        <translation>连接代理 %1 失败：%2。</translation>
    </message>
    <message>
        <source>The proxy %1 accepted the connection but gave no answer to CONNECT (%2).</source>
        <translation>代理 %1 接受了连接，但没有回应 CONNECT 请求（%2）。</translation>
    </message>
    <message>
        <source>an unnamed scheme</source>
        <translation>一种未注明的方式</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT with “%1”: it asks for a login with %2.</source>
        <translation>代理对 CONNECT 的回应是“%1”：它要求使用 %2 方式登录。</translation>
    </message>
    <message>
        <source>The user name and password given were not accepted.</source>
        <translation>所提供的用户名和密码未被接受。</translation>
    </message>
    <message>
        <source>No user name and password were given for the proxy.</source>
        <translation>没有为代理提供用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT %1 with “%2”.</source>
        <translation>代理对 CONNECT %1 的回应是“%2”。</translation>
    </message>
    <message>
        <source>This is the proxy&apos;s rule, set by your organisation, not an answer from the site.</source>
        <translation>这是贵单位在代理上设置的规则，并不是网站的回应。</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT %1 with “%2”: it could not open a connection to the site.</source>
        <translation>代理对 CONNECT %1 的回应是“%2”：它无法与该网站建立连接。</translation>
    </message>
    <message>
        <source>The proxy does not answer</source>
        <translation>代理没有响应</translation>
    </message>
    <message>
        <source>Connections to this site go through a proxy, and the proxy could not be reached. Nothing about the site itself could be tested.</source>
        <translation>访问此网站的连接要经过代理，而代理无法访问。因此无法对网站本身进行任何测试。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address and port in your system&apos;s or browser&apos;s network settings.</source>
        <translation>在系统或浏览器的网络设置中检查代理的地址和端口。</translation>
    </message>
    <message>
        <source>Ask your IT department whether the proxy is running and reachable from this network.</source>
        <translation>询问您的 IT 部门：代理是否在运行，以及能否从当前网络访问。</translation>
    </message>
    <message>
        <source>If this network needs no proxy, remove the setting (or diagnose with --no-proxy).</source>
        <translation>如果当前网络不需要代理，请删除该设置（或使用 --no-proxy 进行诊断）。</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>代理要求登录</translation>
    </message>
    <message>
        <source>The proxy lets connections through only for users who log in to it (HTTP 407). Without an accepted login, it refuses to open the way to the site.</source>
        <translation>该代理只为已登录的用户转发连接（HTTP 407）。没有通过验证的登录，它就拒绝建立通往网站的通道。</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name and password, for example --proxy http://user:password@proxy:port, or sign in the way your browser does.</source>
        <translation>提供代理的用户名和密码，例如 --proxy http://user:password@proxy:port，或者按浏览器的方式登录。</translation>
    </message>
    <message>
        <source>If your login is refused, ask your IT department to check your proxy account.</source>
        <translation>如果登录被拒绝，请让 IT 部门检查您的代理账户。</translation>
    </message>
    <message>
        <source>The proxy does not allow this site</source>
        <translation>代理不允许访问此网站</translation>
    </message>
    <message>
        <source>The proxy refused to open a connection to this site or port. This is your organisation&apos;s policy on the proxy; the site was never asked.</source>
        <translation>代理拒绝建立到此网站或此端口的连接。这是贵单位在代理上设置的策略；请求根本没有到达网站。</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this site and port on the proxy, quoting the proxy&apos;s answer.</source>
        <translation>请 IT 部门在代理上放行此网站和端口，并附上代理的回应。</translation>
    </message>
    <message>
        <source>Check that the port in the address is right: many proxies allow CONNECT only to port 443.</source>
        <translation>检查网址中的端口是否正确：许多代理只允许 CONNECT 到 443 端口。</translation>
    </message>
    <message>
        <source>The proxy could not reach the site</source>
        <translation>代理无法访问该网站</translation>
    </message>
    <message>
        <source>The proxy accepted the request but failed to connect to the site: the site is down, its name does not exist, or the proxy&apos;s own way out is blocked.</source>
        <translation>代理接受了请求，但无法连接到网站：可能是网站已停止运行、域名不存在，或者代理自身的出站连接被阻断。</translation>
    </message>
    <message>
        <source>Check the spelling and port of the address, and try again in a few minutes.</source>
        <translation>检查网址的拼写和端口，几分钟后再试。</translation>
    </message>
    <message>
        <source>If other sites work through the proxy, ask your IT department whether the proxy can reach this one.</source>
        <translation>如果通过代理可以访问其他网站，请询问 IT 部门代理能否访问此网站。</translation>
    </message>
    <message>
        <source>If it fails from everywhere, tell the site&apos;s owner that the server does not accept connections.</source>
        <translation>如果在任何地方都失败，请告知网站管理员：服务器不接受连接。</translation>
    </message>
    <message>
        <source>The redirects leave HTTPS at redirect %1: %2 answers “%3” and sends the visitor to the unencrypted address %4.</source>
        <translation>重定向在第 %1 次离开了 HTTPS：%2 的回答是“%3”，把访问者送到未加密的地址 %4。</translation>
    </message>
    <message>
        <source>The http:// address is on another host than the page that redirects to it.</source>
        <translation>该 http:// 地址与发出重定向的页面不在同一主机上。</translation>
    </message>
    <message>
        <source>Redirect %1: %2 → %3 (%4)</source>
        <translation>第 %1 次重定向：%2 → %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” protects the site for only %2 (max-age=%3); at least %4 are needed.</source>
        <translation>Strict-Transport-Security 头“%1”只保护网站 %2（max-age=%3）；至少需要 %4。</translation>
    </message>
    <message>
        <source>The secure site redirects to an unencrypted http:// address</source>
        <translation>安全网站重定向到了未加密的 http:// 地址</translation>
    </message>
    <message>
        <source>The HTTPS answer sends the browser on to an http:// address. From there on nothing is encrypted: anyone on the network can read and change the page, take cookies and form data, or send the visitor elsewhere; browsers mark the page as not secure, and sites with HSTS cannot be reached that way at all.</source>
        <translation>HTTPS 的回答把浏览器转到了一个 http:// 地址。从那里开始一切都不再加密：网络中的任何人都能读取和篡改页面、窃取 Cookie 和表单数据，或把访问者引到别处；浏览器会把页面标记为不安全，而启用了 HSTS 的网站则根本无法这样访问。</translation>
    </message>
    <message>
        <source>Do not enter passwords or personal data on the page you end up on; tell the site&apos;s owner which address redirects where (see evidence).</source>
        <translation>不要在最终打开的页面上输入密码或个人信息；告诉网站管理员哪个地址重定向到了哪里（见证据）。</translation>
    </message>
    <message>
        <source>Site owner: make the redirect point to https:// (nginx: return 301 https://$host$request_uri; Apache: Redirect permanent / https://…/). Behind a TLS-terminating proxy or load balancer, let the application see the original scheme (X-Forwarded-Proto, “proxy_redirect”, “ProxyPreserveHost”), so it does not build http:// addresses.</source>
        <translation>网站管理员：让重定向指向 https://（nginx：return 301 https://$host$request_uri；Apache：Redirect permanent / https://…/）。如果前面有终止 TLS 的代理或负载均衡器，请让应用程序看到原始协议（X-Forwarded-Proto、“proxy_redirect”、“ProxyPreserveHost”），以免它生成 http:// 地址。</translation>
    </message>
    <message>
        <source>Site owner: if the target host has no HTTPS, give it HTTPS first, then change the redirect.</source>
        <translation>网站管理员：如果目标主机没有 HTTPS，先为它启用 HTTPS，再修改重定向。</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS-only policy (HSTS) protects too little</source>
        <translation>网站的仅限 HTTPS 策略（HSTS）保护时间太短</translation>
    </message>
    <message>
        <source>The site sends a Strict-Transport-Security header, but its max-age is too short to help: browsers forget the HTTPS-only rule soon after a visit (or at once with max-age=0), so a later visit by the bare name or an old http:// link is again an unencrypted request that an attacker on the same network can intercept (SSL stripping).</source>
        <translation>网站发送了 Strict-Transport-Security 头，但其 max-age 太短，起不到作用：浏览器在访问后不久（max-age=0 时则立即）就会忘记“仅用 HTTPS”的规则，之后用户只输入域名或点开旧的 http:// 链接时，又会发出未加密的请求，同一网络中的攻击者可以拦截它（SSL 剥离）。</translation>
    </message>
    <message>
        <source>Site owner: raise max-age to at least 15552000 (180 days), better 31536000 (one year): “Strict-Transport-Security: max-age=31536000; includeSubDomains”.</source>
        <translation>网站管理员：把 max-age 提高到至少 15552000（180 天），最好是 31536000（一年）：“Strict-Transport-Security: max-age=31536000; includeSubDomains”。</translation>
    </message>
    <message>
        <source>Site owner: look for every place that sets the header (nginx add_header, Apache Header set, the application, a CDN or load balancer) so that a short value does not override the long one.</source>
        <translation>网站管理员：找出所有设置该头的地方（nginx 的 add_header、Apache 的 Header set、应用程序本身、CDN 或负载均衡器），以免较短的值覆盖较长的值。</translation>
    </message>
    <message>
        <source>Site owner: send max-age=0 only to withdraw HSTS on purpose, for example before the site stops offering HTTPS.</source>
        <translation>网站管理员：只有在有意吊销 HSTS 时（例如网站将停止提供 HTTPS 之前）才发送 max-age=0。</translation>
    </message>
    <message>
        <source>The site&apos;s certificate “%1” (%2 key) requires a stapled OCSP response (TLS Feature extension: status_request), but the server stapled none to the handshake.</source>
        <translation>网站证书“%1”（%2 密钥）要求附带装订的 OCSP 响应（TLS Feature 扩展：status_request），但服务器在握手中没有装订任何响应。</translation>
    </message>
    <message>
        <source>The server would fetch the response from the OCSP responder %1.</source>
        <translation>服务器应从 OCSP 响应程序 %1 获取该响应。</translation>
    </message>
    <message>
        <source>The certificate requires OCSP stapling, but the server does not staple</source>
        <translation>证书要求 OCSP 装订，但服务器没有装订</translation>
    </message>
    <message>
        <source>The site&apos;s certificate carries OCSP Must-Staple: it promises that the server always attaches a fresh OCSP answer to the handshake. This server attaches none, so Firefox refuses the site (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING); other browsers may still connect.</source>
        <translation>网站证书带有 OCSP Must-Staple 标记：它承诺服务器总会在握手中附上最新的 OCSP 响应。此服务器没有附上，因此 Firefox 会拒绝该网站（MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING）；其他浏览器可能仍能连接。</translation>
    </message>
    <message>
        <source>Try another browser than Firefox until the site is fixed, and tell the site&apos;s owner.</source>
        <translation>在网站修复之前，先改用 Firefox 以外的浏览器，并告知网站管理员。</translation>
    </message>
    <message>
        <source>Site owner, nginx: “ssl_stapling on; ssl_stapling_verify on;” with a resolver and ssl_trusted_certificate set to the chain; nginx staples only after its first fetch, so load the page once after a reload, or provide ssl_stapling_file.</source>
        <translation>网站管理员（nginx）：设置“ssl_stapling on; ssl_stapling_verify on;”，并配置 resolver，把 ssl_trusted_certificate 设为证书链；nginx 只有在首次获取响应后才会装订，因此重新加载后请先访问一次页面，或提供 ssl_stapling_file。</translation>
    </message>
    <message>
        <source>Site owner, Apache: “SSLUseStapling on” and, outside the virtual host, “SSLStaplingCache shmcb:/var/run/ocsp(128000)”; keep SSLStaplingReturnResponderErrors off so errors are not stapled.</source>
        <translation>网站管理员（Apache）：设置“SSLUseStapling on”，并在虚拟主机之外设置“SSLStaplingCache shmcb:/var/run/ocsp(128000)”；保持 SSLStaplingReturnResponderErrors 关闭，以免把错误响应装订出去。</translation>
    </message>
    <message>
        <source>Site owner, IIS: OCSP stapling is on by default; make sure the server can reach the OCSP responder over HTTP (port 80, proxy settings of the machine account).</source>
        <translation>网站管理员（IIS）：OCSP 装订默认开启；请确保服务器能通过 HTTP（80 端口，计算机帐户的代理设置）访问 OCSP 响应程序。</translation>
    </message>
    <message>
        <source>Site owner: if the server cannot staple reliably, get a certificate without the Must-Staple option.</source>
        <translation>网站管理员：如果服务器无法可靠地装订，请改用不带 Must-Staple 选项的证书。</translation>
    </message>
    <message>
        <source>“%1” names no address to download its issuer from (no AIA caIssuers), and the issuer is not in this computer&apos;s trust store, so no client can complete the chain itself.</source>
        <translation>“%1”没有给出下载其颁发者证书的地址（没有 AIA caIssuers），而颁发者也不在这台计算机的信任库中，因此任何客户端都无法自行补全证书链。</translation>
    </message>
    <message>
        <source>The server sent “%1” instead, which did not issue “%2”.</source>
        <translation>服务器发送的是“%1”，但它并不是“%2”的颁发者。</translation>
    </message>
    <message>
        <source>The certificate needed: subject “%1”.</source>
        <translation>所需的证书：使用者“%1”。</translation>
    </message>
    <message>
        <source>The certificate needed: subject “%1”, key identifier %2.</source>
        <translation>所需的证书：使用者“%1”，密钥标识符 %2。</translation>
    </message>
    <message>
        <source>The site&apos;s owner finds it in the “full chain” file their certificate authority delivered, or on the authority&apos;s download page for intermediate certificates (search for the subject or the key identifier).</source>
        <translation>网站管理员可以在证书颁发机构提供的“完整证书链”（full chain）文件中找到它，或在该机构的中间证书下载页面上找到（按使用者或密钥标识符搜索）。</translation>
    </message>
    <message>
        <source>The server sent, in this order: %1.</source>
        <translation>服务器按以下顺序发送：%1。</translation>
    </message>
    <message>
        <source>The certificates are out of order: each must be followed by the one that issued it.</source>
        <translation>证书顺序不对：每张证书后面都应紧跟签发它的那张证书。</translation>
    </message>
    <message>
        <source>“%1” is sent again as certificate %2.</source>
        <translation>“%1”作为第 %2 张证书被重复发送。</translation>
    </message>
    <message>
        <source>“%1” (certificate %2) does not belong to the path from the site&apos;s certificate to its root.</source>
        <translation>“%1”（第 %2 张证书）不在从网站证书到其根证书的路径上。</translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation>正确的顺序：%1。</translation>
    </message>
    <message>
        <source>The server sends its certificates out of order or with extra ones</source>
        <translation>服务器发送的证书顺序错误或包含多余的证书</translation>
    </message>
    <message>
        <source>A server should send its own certificate first, then each intermediate right after the certificate it issued, each once. This one sends them out of order, twice, or sends certificates that do not belong to its chain. Browsers sort this out themselves, but Java, older Android versions and many embedded clients fail or pick the wrong chain.</source>
        <translation>服务器应先发送自己的证书，然后把每张中间证书紧跟在它所签发的证书之后，每张只发一次。此服务器发送的证书顺序错误、有重复，或包含不属于其证书链的证书。浏览器会自行整理，但 Java、较旧的 Android 版本和许多嵌入式客户端会失败或选错证书链。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server sends its certificate chain out of order.</source>
        <translation>告诉网站管理员：服务器发送的证书链顺序不对。</translation>
    </message>
    <message>
        <source>Site owner: rebuild the chain file in the order shown as evidence: the site&apos;s certificate first, then each intermediate after the certificate it issued; remove duplicates and certificates of other chains (the CA&apos;s “full chain” file is already in the right order).</source>
        <translation>网站管理员：按证据中给出的顺序重新整理证书链文件：网站证书在前，然后每张中间证书紧跟在它所签发的证书之后；删除重复的证书和其他证书链的证书（CA 提供的“完整证书链”（full chain）文件本身顺序就是正确的）。</translation>
    </message>
    <message>
        <source>Site owner: nginx reads the order of ssl_certificate; Apache of SSLCertificateFile (and SSLCertificateChainFile); IIS builds the chain from the machine&apos;s certificate store, so remove stale intermediates there. Reload and test again.</source>
        <translation>网站管理员：nginx 按 ssl_certificate 文件中的顺序发送；Apache 按 SSLCertificateFile（以及 SSLCertificateChainFile）中的顺序发送；IIS 从计算机的证书存储中构建证书链，因此请删除那里过时的中间证书。然后重新加载并再次测试。</translation>
    </message>
    <message>
        <source>The intermediate certificate “%1” in this site&apos;s chain has been revoked</source>
        <translation>此网站证书链中的中间证书“%1”已被吊销</translation>
    </message>
    <message>
        <source>According to %1, the intermediate certificate “%2” (serial %3) in the site&apos;s chain was revoked on %4; reason: %5.</source>
        <translation>根据%1，网站证书链中的中间证书“%2”（序列号 %3）已于 %4 被吊销；原因：%5。</translation>
    </message>
    <message>
        <source>Every certificate that “%1” issued is affected, so every site under it fails the same way; the site&apos;s own certificate is not at fault, but it must be replaced by one from a valid intermediate.</source>
        <translation>由“%1”颁发的所有证书都受到影响，因此其下的每个网站都会以同样的方式失败；网站自身的证书本身没有问题，但必须换成由有效中间证书颁发的证书。</translation>
    </message>
    <message>
        <source>Checking %1 for the intermediate certificate “%2”: %3.</source>
        <translation>为中间证书“%2”检查%1：%3。</translation>
    </message>
    <message>
        <source>The authority that issued a certificate of this site&apos;s chain has declared it invalid before its end date, usually because its private key was exposed or it was issued by mistake. Clients that check revocation refuse the site; when it is an intermediate authority&apos;s certificate, every site under that authority fails.</source>
        <translation>颁发此网站证书链中某个证书的机构已在其到期之前宣布它无效，通常是因为私钥泄露或证书被错误颁发。检查吊销状态的客户端会拒绝此网站；如果被吊销的是中间证书，该中间证书下的所有网站都会失败。</translation>
    </message>
    <message>
        <source>Site owner: get a new certificate (with a new key if the old one may have leaked; from a valid intermediate when an intermediate was revoked), install it with its new chain, and reload the server.</source>
        <translation>网站管理员：请申请新证书（如果旧私钥可能已泄露，请同时生成新密钥；如果被吊销的是中间证书，请由有效的中间证书颁发），安装新证书及其新的证书链，然后重新加载服务器。</translation>
    </message>
    <message>
        <source>The connection was reset (TCP RST) right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</source>
        <translation>发送 ClientHello（%1 字节，提供 TLS 1.3 及更早的版本）后，连接在收到任何回应之前就被重置（TCP RST）。</translation>
    </message>
    <message>
        <source>The connection was closed right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</source>
        <translation>发送 ClientHello（%1 字节，提供 TLS 1.3 及更早的版本）后，连接在收到任何回应之前就被关闭。</translation>
    </message>
    <message>
        <source>Nothing answered the ClientHello (%1 bytes, offering TLS 1.3 and older versions) until the time limit.</source>
        <translation>直到时间限制用完，ClientHello（%1 字节，提供 TLS 1.3 及更早的版本）都没有得到任何回应。</translation>
    </message>
    <message>
        <source>A second connection with a small ClientHello offering only TLS 1.2 (%1 bytes) got a complete handshake from the same server.</source>
        <translation>第二个连接使用只提供 TLS 1.2 的小型 ClientHello（%1 字节），与同一服务器完成了完整的握手。</translation>
    </message>
    <message>
        <source>A small ClientHello offering TLS 1.3 as well (%1 bytes) worked too: what differs is the size. Something in the path breaks large ClientHellos (here %2 bytes), as modern browsers send them.</source>
        <translation>同样提供 TLS 1.3 的小型 ClientHello（%1 字节）也成功了：区别在于大小。路径中的某个设备或程序会破坏较大的 ClientHello（此处为 %2 字节），而现代浏览器发送的正是这样的 ClientHello。</translation>
    </message>
    <message>
        <source>What differs is the TLS 1.3 offer: something in the path breaks connections whose ClientHello offers TLS 1.3, even a small one.</source>
        <translation>区别在于是否提供 TLS 1.3：路径中的某个设备或程序会破坏 ClientHello 中提供 TLS 1.3 的连接，即使 ClientHello 很小也是如此。</translation>
    </message>
    <message>
        <source>Something between you and the site breaks modern TLS handshakes</source>
        <translation>您与网站之间的某个设备或程序破坏了现代 TLS 握手</translation>
    </message>
    <message>
        <source>The server itself works: an older, smaller handshake succeeds. A firewall, an antivirus or security program that scans HTTPS, or a proxy on the way cuts connections that offer TLS 1.3 or whose first message is large. Chrome reports this as ERR_SSL_VERSION_INTERFERENCE; other browsers fail with a reset or a timeout.</source>
        <translation>服务器本身是正常的：较旧、较小的握手可以成功。途中的防火墙、会扫描 HTTPS 的杀毒软件或安全程序，或者代理服务器，切断了提供 TLS 1.3 或首条消息较大的连接。Chrome 会将其报告为 ERR_SSL_VERSION_INTERFERENCE；其他浏览器则会因连接重置或超时而失败。</translation>
    </message>
    <message>
        <source>If your antivirus or security program scans HTTPS (“SSL scanning”, “web shield”, “HTTPS inspection”), update it, or add an exception for this site in it; do not turn the protection off.</source>
        <translation>如果您的杀毒软件或安全程序会扫描 HTTPS（“SSL 扫描”“网页防护”“HTTPS 检查”），请更新它，或在其中为此网站添加例外；不要关闭防护。</translation>
    </message>
    <message>
        <source>Try from another network, for example a phone&apos;s hotspot: if the site works there, the problem is on this network.</source>
        <translation>换一个网络试试，例如手机热点：如果在那里可以访问此网站，说明问题出在当前网络。</translation>
    </message>
    <message>
        <source>Network administrator: update the firewall, proxy or TLS inspection device on the way (it must pass TLS 1.3 and ClientHellos larger than 512 bytes), or exempt this site from TLS inspection.</source>
        <translation>网络管理员：请更新途中的防火墙、代理服务器或 TLS 检查设备（它必须放行 TLS 1.3 和大于 512 字节的 ClientHello），或将此网站排除在 TLS 检查之外。</translation>
    </message>
    <message>
        <source>This program&apos;s handshake worked only because its OpenSSL also offers %1 under TLS 1.3; browsers do not.</source>
        <translation>本程序的握手之所以成功，只是因为它使用的 OpenSSL 在 TLS 1.3 下也提供 %1；浏览器并不提供。</translation>
    </message>
    <message>
        <source>The server refused the handshake with the alert %1: none of the key-exchange groups offered was one it accepts.</source>
        <translation>服务器以警报 %1 拒绝了握手：所提供的密钥交换组中没有一个是它接受的。</translation>
    </message>
    <message>
        <source>The server accepts only these key-exchange groups: %1.</source>
        <translation>服务器只接受以下密钥交换组：%1。</translation>
    </message>
    <message>
        <source>Current browsers offer %1 (and post-quantum hybrids such as X25519MLKEM768); the server accepts none of them.</source>
        <translation>当前的浏览器提供 %1（以及 X25519MLKEM768 等后量子混合组）；服务器一个都不接受。</translation>
    </message>
    <message>
        <source>The server has no key-exchange group in common with browsers</source>
        <translation>服务器与浏览器没有共同的密钥交换组</translation>
    </message>
    <message>
        <source>Client and server must agree on a group (an elliptic curve or a finite-field group) to make the connection&apos;s keys. This server accepts only groups that current browsers do not offer, such as brainpool curves, or finite-field groups under TLS 1.3, so browsers fail with handshake_failure (ERR_SSL_VERSION_OR_CIPHER_MISMATCH in Chrome).</source>
        <translation>客户端和服务器必须商定一个组（椭圆曲线或有限域组）来生成连接的密钥。此服务器只接受当前浏览器不提供的组，例如 brainpool 曲线，或 TLS 1.3 下的有限域组，因此浏览器会以 handshake_failure 失败（Chrome 中为 ERR_SSL_VERSION_OR_CIPHER_MISMATCH）。</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server accepts none of the key-exchange groups browsers offer (the groups are listed below).</source>
        <translation>请告知网站管理员：服务器不接受浏览器提供的任何密钥交换组（这些组列在下方）。</translation>
    </message>
    <message>
        <source>Site owner: enable X25519, P-256 and P-384 next to any others: nginx “ssl_ecdh_curve X25519:prime256v1:secp384r1;”; Apache “SSLOpenSSLConfCmd Groups X25519:P-256:P-384”; IIS: the ECC Curve Order group policy (SSL Configuration Settings).</source>
        <translation>网站管理员：在其他组之外启用 X25519、P-256 和 P-384：nginx 使用“ssl_ecdh_curve X25519:prime256v1:secp384r1;”；Apache 使用“SSLOpenSSLConfCmd Groups X25519:P-256:P-384”；IIS 使用“ECC 曲线顺序”组策略（SSL 配置设置）。</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, got another certificate, issued by “%2”: the proxy replaces the site&apos;s certificate with one of its own.</source>
        <translation>不经过代理 %1 直接连接时，得到的是另一个证书，由“%2”颁发：代理用它自己的证书替换了网站的证书。</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, was not possible (%2): only the way through the proxy could be checked.</source>
        <translation>无法不经过代理 %1 直接连接（%2）：只能检查经过代理的连接。</translation>
    </message>
    <message>
        <source>The TCP connection to %1 port %2 opened, but at the %3 step the server sent nothing for %4 s.</source>
        <translation>到 %1 的 %2 端口的 TCP 连接已建立，但在“%3”这一步，服务器在 %4 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>A server that expects TLS from the first byte waits silently like this: if this is its TLS port, use %1:// instead of %2://.</source>
        <translation>从第一个字节起就使用 TLS 的服务器会像这样默默等待：如果这是它的 TLS 端口，请改用 %1://，而不是 %2://。</translation>
    </message>
    <message>
        <source>To check this server&apos;s own switch to TLS (STARTTLS), diagnose %1://%2 instead.</source>
        <translation>要检查此服务器自身切换到 TLS 的功能（STARTTLS），请改为诊断 %1://%2。</translation>
    </message>
    <message>
        <source>Port %1 is the usual port of %2:// (TLS from the first byte), but it answered in plain text: the server is not set up for TLS there. Meanwhile, clients can use %3:// on port %4, which switches to TLS with STARTTLS.</source>
        <translation>%1 端口是 %2://（从第一个字节起就使用 TLS）的常用端口，但它以明文作了回应：服务器没有在该端口上配置 TLS。在此期间，客户端可以改用 %4 端口上的 %3://，它会通过 STARTTLS 切换到 TLS。</translation>
    </message>
    <message>
        <source>Hint: %1:// means TLS from the first byte, but port %2 starts in plain text. For this port use %3://, which switches to TLS with STARTTLS, or %1:// on port %4.</source>
        <translation>提示：%1:// 表示从第一个字节起就使用 TLS，但 %2 端口以明文开始通信。对此端口请使用 %3://（它会通过 STARTTLS 切换到 TLS），或者使用 %4 端口上的 %1://。</translation>
    </message>
    <message>
        <source>The server answered “%1”, which is not %2: it offered no switch to TLS.</source>
        <translation>服务器回应了“%1”，这不是 %2 协议的回应：它没有提供切换到 TLS 的功能。</translation>
    </message>
    <message>
        <source>The server&apos;s %1 capabilities do not list the switch to TLS: “%2”.</source>
        <translation>服务器的 %1 功能列表中没有切换到 TLS 的功能：“%2”。</translation>
    </message>
    <message>
        <source>The same service may speak TLS from the first byte on a port of its own: %1:// (usually port %2).</source>
        <translation>同一服务可能在单独的端口上从第一个字节起就使用 TLS：%1://（通常是 %2 端口）。</translation>
    </message>
    <message>
        <source>The %1 server turned the connection away in its greeting: “%2”.</source>
        <translation>%1 服务器在问候消息中拒绝了连接：“%2”。</translation>
    </message>
    <message>
        <source>The %1 server answered the request to start TLS with “%2”.</source>
        <translation>%1 服务器对启动 TLS 的请求回应了“%2”。</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1, but it could not be read: %2. Programs that rely on it go directly, as this diagnosis did, or fail.</source>
        <translation>此计算机的设置指定了代理脚本（PAC）%1，但无法读取它：%2。依赖它的程序会像本次诊断一样直接连接，或者连接失败。</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1, but it does not define FindProxyForURL, so it cannot be evaluated; this diagnosis went directly.</source>
        <translation>此计算机的设置指定了代理脚本（PAC）%1，但它没有定义 FindProxyForURL，因此无法执行；本次诊断直接进行了连接。</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1. This program cannot evaluate proxy scripts on this system, so it connected directly: if the script sends this site through a proxy, your browser goes another way than this diagnosis.</source>
        <translation>此计算机的设置指定了代理脚本（PAC）%1。本程序在此系统上无法执行代理脚本，因此直接进行了连接：如果该脚本让此网站经过代理访问，您的浏览器走的路径就与本次诊断不同。</translation>
    </message>
    <message>
        <source>The proxy script could not be used</source>
        <translation>无法使用代理脚本</translation>
    </message>
    <message>
        <source>This computer is set up to choose its proxy with a script (PAC). The script could not be read or evaluated here, so the connection was made directly, which may not be the way your browser goes.</source>
        <translation>此计算机设置为通过脚本（PAC）选择代理。这里无法读取或执行该脚本，因此直接进行了连接，这可能与您的浏览器所走的路径不同。</translation>
    </message>
    <message>
        <source>If your browser reaches this site through a proxy, diagnose again with that proxy given, for example --proxy http://proxy.example:8080.</source>
        <translation>如果您的浏览器经过代理访问此网站，请指定该代理后重新诊断，例如 --proxy http://proxy.example:8080。</translation>
    </message>
    <message>
        <source>Ask your IT department to check the proxy script: its address must be reachable from this computer and it must define FindProxyForURL.</source>
        <translation>请您的 IT 部门检查代理脚本：此计算机必须能访问它的地址，并且脚本必须定义 FindProxyForURL。</translation>
    </message>
    <message>
        <source>The server does not offer TLS</source>
        <translation>服务器不提供 TLS</translation>
    </message>
    <message>
        <source>Mail, directory and database clients start in plain text and ask the server to switch to TLS (STARTTLS). This server does not offer the switch: a client that requires encryption stops here, and one that does not sends passwords and data unencrypted.</source>
        <translation>邮件、目录和数据库客户端先以明文通信，再请求服务器切换到 TLS（STARTTLS）。此服务器不提供这种切换：要求加密的客户端会在这里停止，而不要求加密的客户端会以未加密的方式发送密码和数据。</translation>
    </message>
    <message>
        <source>Check the server name, port and scheme in the client&apos;s settings: the service may offer TLS on a port of its own (for example smtps:// on 465, imaps:// on 993).</source>
        <translation>检查客户端设置中的服务器名称、端口和协议：该服务可能在单独的端口上提供 TLS（例如 465 端口上的 smtps://、993 端口上的 imaps://）。</translation>
    </message>
    <message>
        <source>Server administrator: enable STARTTLS with a certificate for this host name (for example smtpd_tls_cert_file and smtpd_tls_security_level = may in Postfix, ssl = yes in PostgreSQL).</source>
        <translation>服务器管理员：请启用 STARTTLS，并配置此主机名的证书（例如 Postfix 中的 smtpd_tls_cert_file 和 smtpd_tls_security_level = may，PostgreSQL 中的 ssl = yes）。</translation>
    </message>
    <message>
        <source>If the server does offer it elsewhere, ask your IT department whether a firewall or filter strips STARTTLS from the server&apos;s answer.</source>
        <translation>如果服务器在其他网络中确实提供了 STARTTLS，请询问您的 IT 部门：是否有防火墙或过滤设备从服务器的回应中删除了 STARTTLS。</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>服务器拒绝启动 TLS</translation>
    </message>
    <message>
        <source>The client asked the server to switch to TLS, and the server answered with an error. Most often the server cannot load its certificate or key, or it turns this client away.</source>
        <translation>客户端请求服务器切换到 TLS，服务器却回应了错误。最常见的原因是服务器无法加载其证书或密钥，或者它拒绝为此客户端服务。</translation>
    </message>
    <message>
        <source>Server administrator: look in the server&apos;s log at the time of this test; an unreadable certificate or key file is the usual cause.</source>
        <translation>服务器管理员：请查看服务器在本次测试时段的日志；常见原因是证书或密钥文件无法读取。</translation>
    </message>
    <message>
        <source>Try again in a few minutes: some servers refuse TLS while they are overloaded.</source>
        <translation>请几分钟后重试：有些服务器在负载过高时会拒绝 TLS。</translation>
    </message>
    <message>
        <source>Renew the certificate: it has expired.</source>
        <translation>请续期证书：它已过期。</translation>
    </message>
    <message>
        <source>Replace the certificate: its validity period is too long for browsers.</source>
        <translation>请更换证书：它的有效期对浏览器来说太长。</translation>
    </message>
    <message>
        <source>Compare the name visitors use (see evidence) with the names the certificate covers.</source>
        <translation>请对照访问者使用的名称（见证据）和证书涵盖的名称。</translation>
    </message>
    <message>
        <source>Reissue the certificate so that it lists the host name as a Subject Alternative Name (SAN).</source>
        <translation>请重新签发证书，把该主机名列为使用者可选名称（SAN）。</translation>
    </message>
    <message>
        <source>Replace the certificate: it was issued for another purpose (for example client login or code signing).</source>
        <translation>请更换证书：它是为其他用途签发的（例如客户端登录或代码签名）。</translation>
    </message>
    <message>
        <source>Replace the certificate: its SHA-1/MD5 signature is obsolete.</source>
        <translation>请更换证书：它的 SHA-1/MD5 签名已经过时。</translation>
    </message>
    <message>
        <source>Replace the certificate and its key: the key is too short.</source>
        <translation>请更换证书及其密钥：密钥太短。</translation>
    </message>
    <message>
        <source>Check whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</source>
        <translation>请检查是否有公司代理或安全产品在这台计算机上检查加密连接：如果有，这是预期的情况。</translation>
    </message>
    <message>
        <source>If the visitor&apos;s clock is right, the server&apos;s clock is wrong: synchronise it (NTP).</source>
        <translation>如果访问者的时钟正确，那么是服务器的时钟有误：请同步服务器时钟（NTP）。</translation>
    </message>
    <message>
        <source>Check that the proxy is running and reachable from this network.</source>
        <translation>请检查代理是否在运行，并且能从这个网络访问。</translation>
    </message>
    <message>
        <source>If the login is refused, check the user&apos;s proxy account.</source>
        <translation>如果登录被拒绝，请检查该用户的代理帐户。</translation>
    </message>
    <message>
        <source>Allow this site and port on the proxy (see the proxy&apos;s answer under evidence).</source>
        <translation>请在代理上允许这个网站和端口（代理的回答见证据）。</translation>
    </message>
    <message>
        <source>If other sites work through the proxy, check whether the proxy can reach this one.</source>
        <translation>如果其他网站能通过代理访问，请检查代理能否访问这个网站。</translation>
    </message>
    <message>
        <source>If it fails from everywhere, make the server accept connections: start the service and check the firewall.</source>
        <translation>如果从任何地方都无法连接，请让服务器接受连接：启动服务并检查防火墙。</translation>
    </message>
    <message>
        <source>If the name is right, add its DNS record (A or AAAA).</source>
        <translation>如果名称正确，请为它添加 DNS 记录（A 或 AAAA）。</translation>
    </message>
    <message>
        <source>The HTTPS service is not running, or not listening on this port and address.</source>
        <translation>HTTPS 服务没有运行，或没有在此端口和地址上监听。</translation>
    </message>
    <message>
        <source>If the address is IPv6, check that this network routes IPv6.</source>
        <translation>如果地址是 IPv6，请检查这个网络是否支持 IPv6 路由。</translation>
    </message>
    <message>
        <source>Check whether a VPN or firewall rule blocks this address.</source>
        <translation>请检查是否有 VPN 或防火墙规则阻止了这个地址。</translation>
    </message>
    <message>
        <source>Check that outgoing connections to this port are allowed.</source>
        <translation>请检查是否允许到这个端口的出站连接。</translation>
    </message>
    <message>
        <source>If it fails from everywhere, make the server answer on this port: check that the service runs and that the firewall lets connections in.</source>
        <translation>如果从任何地方都无法连接，请让服务器在这个端口上应答：检查服务是否在运行，以及防火墙是否放行连接。</translation>
    </message>
    <message>
        <source>If the site should be public, stop requiring client certificates.</source>
        <translation>如果这个网站应当公开访问，请不要再要求客户端证书。</translation>
    </message>
    <message>
        <source>Make the server support TLS 1.2 and TLS 1.3.</source>
        <translation>请让服务器支持 TLS 1.2 和 TLS 1.3。</translation>
    </message>
    <message>
        <source>Current clients support none of the suites the server accepts (listed below).</source>
        <translation>当前的客户端不支持服务器接受的任何套件（见下方列表）。</translation>
    </message>
    <message>
        <source>Some suites the server accepts are weak (listed below, with why).</source>
        <translation>服务器接受的部分套件较弱（见下方列表及原因）。</translation>
    </message>
    <message>
        <source>The server&apos;s DH group is too small (its size is shown below).</source>
        <translation>服务器的 DH 组太小（大小见下方）。</translation>
    </message>
    <message>
        <source>Replace the certificate: it has been revoked.</source>
        <translation>请更换证书：它已被吊销。</translation>
    </message>
    <message>
        <source>Allow plain HTTP (port 80) to the addresses listed under evidence.</source>
        <translation>请允许到证据中所列地址的普通 HTTP 连接（端口 80）。</translation>
    </message>
    <message>
        <source>If an address answered with an error or an invalid answer, report it to the certificate authority.</source>
        <translation>如果某个地址返回了错误或无效的回答，请报告给证书颁发机构。</translation>
    </message>
    <message>
        <source>On an internal network: install the certificate as trusted on the computers that use it.</source>
        <translation>在内部网络中：请在使用它的计算机上把该证书安装为受信任证书。</translation>
    </message>
    <message>
        <source>If this is a company-internal site, install the company&apos;s root certificate on the computer.</source>
        <translation>如果这是公司内部网站，请在该计算机上安装公司的根证书。</translation>
    </message>
    <message>
        <source>If it is a public site, use a certificate from a publicly trusted authority.</source>
        <translation>如果这是公共网站，请使用公共受信任机构签发的证书。</translation>
    </message>
    <message>
        <source>Make the server send the full chain (the site&apos;s certificate and the intermediates).</source>
        <translation>请让服务器发送完整的证书链（网站证书和中间证书）。</translation>
    </message>
    <message>
        <source>The server sends its certificate chain out of order.</source>
        <translation>服务器发送的证书链顺序不对。</translation>
    </message>
    <message>
        <source>Check the proxy script: its address must be reachable from the users&apos; computers and it must define FindProxyForURL.</source>
        <translation>检查代理脚本：用户的计算机必须能访问它的地址，并且脚本必须定义 FindProxyForURL。</translation>
    </message>
    <message>
        <source>If the server does offer STARTTLS, check whether a firewall or filter between the users and the server strips it from the server&apos;s answer.</source>
        <translation>如果服务器确实提供了 STARTTLS，请检查用户与服务器之间是否有防火墙或过滤设备从服务器的回应中删除了 STARTTLS。</translation>
    </message>
    <message>
        <source>The server accepts none of the key-exchange groups browsers offer (the groups are listed below).</source>
        <translation>服务器不接受浏览器提供的任何密钥交换组（这些组列在下方）。</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, got the same certificate: the proxy passes it through unchanged. The root comes from the site itself (an organisation&apos;s own certificate authority) or from something that sees both ways: a security program on this computer or an inspection device on the network.</source>
        <translation>不经过代理 %1 直接连接时，得到的是同一个证书：代理原样转发了该证书。这个根证书来自网站本身（某个机构自己的证书颁发机构），或者来自两条路径都能看到的东西：这台电脑上的安全程序，或者网络中的检查设备。</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Missing: not sent, not found</source>
        <translation>缺失：服务器未发送，也未找到</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Wrong name</source>
        <translation>名称不符</translation>
    </message>
    <message>
        <source>Not for web servers</source>
        <translation>不适用于网站服务器</translation>
    </message>
    <message>
        <source>Weak signature</source>
        <translation>签名算法过弱</translation>
    </message>
    <message>
        <source>Weak key</source>
        <translation>密钥过短</translation>
    </message>
    <message>
        <source>Missing, fetched from AIA</source>
        <translation>服务器未发送，已通过 AIA 下载</translation>
    </message>
    <message>
        <source>Not part of the chain</source>
        <translation>不属于证书链</translation>
    </message>
    <message>
        <source>Valid, trusted root</source>
        <translation>有效，受信任的根证书</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <source>Downloaded (AIA)</source>
        <translation>已下载（AIA）</translation>
    </message>
    <message>
        <source>This computer&apos;s trust store</source>
        <translation>本机的受信任证书库</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation>
            <numerusform>尚未生效：%n 天后开始生效</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>今天已过期</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已于 %n 天前过期</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天过期</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try “handshake-doctor-cli --help”.</source>
        <translation>请尝试运行“handshake-doctor-cli --help”。</translation>
    </message>
    <message>
        <source>Explains why a TLS connection to a URL fails, and how to fix it.</source>
        <translation>说明到某个网址的 TLS 连接为什么失败，以及如何修复。</translation>
    </message>
    <message>
        <source>The site to diagnose: a host name, host:port, or https:// URL.</source>
        <translation>要诊断的网站：主机名、host:port 或 https:// 网址。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>额外信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use only the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>只使用此 PEM 文件中的 CA 证书，不使用系统自带的证书。</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT instead of looking it up.</source>
        <translation>连接 HOST:PORT 时直接使用 ADDRESS，不进行 DNS 查询。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 10).</source>
        <translation>超过此秒数后放弃（默认 10 秒）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Report language: en or zh_CN (default: the system&apos;s).</source>
        <translation>报告语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Do not download missing intermediate certificates.</source>
        <translation>不下载缺失的中间证书。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>未知的语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Name the site to diagnose.</source>
        <translation>请指定要诊断的网站。</translation>
    </message>
    <message>
        <source>Name exactly one site to diagnose.</source>
        <translation>请只指定一个要诊断的网站。</translation>
    </message>
    <message>
        <source>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</source>
        <translation>--resolve 的参数格式为 HOST:PORT:ADDRESS，例如 example.com:443:192.0.2.10。</translation>
    </message>
    <message>
        <source>Connect through this HTTP proxy instead of the system&apos;s: http://[user:password@]host:port.</source>
        <translation>通过此 HTTP 代理连接，而不使用系统的代理：http://[用户名:密码@]主机:端口。</translation>
    </message>
    <message>
        <source>Connect directly, even when the system names a proxy.</source>
        <translation>直接连接，即使系统设置了代理。</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds from 0.001 to 600.</source>
        <translation>超时时间必须是 0.001 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: name a readable file of certificates.</source>
        <translation>无法读取文件“%1”：请指定一个可读取的证书文件。</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>--proxy 和 --no-proxy 只能使用其中一个。</translation>
    </message>
    <message>
        <source>--proxy takes an HTTP proxy&apos;s address, for example http://proxy.example:3128 or http://user:password@proxy.example:3128.</source>
        <translation>--proxy 需要一个 HTTP 代理的地址，例如 http://proxy.example:3128 或 http://user:password@proxy.example:3128。</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>Current browsers (Chrome, Edge, Firefox, Safari)</source>
        <translation>当前的浏览器（Chrome、Edge、Firefox、Safari）</translation>
    </message>
    <message>
        <source>curl, Python… with OpenSSL 3 (Ubuntu 22.04 and later)</source>
        <translation>使用 OpenSSL 3 的 curl、Python 等（Ubuntu 22.04 及更新版本）</translation>
    </message>
    <message>
        <source>Safari 12 (iOS 12, macOS 10.14)</source>
        <translation>Safari 12（iOS 12、macOS 10.14）</translation>
    </message>
    <message>
        <source>Android 7</source>
        <translation>Android 7</translation>
    </message>
    <message>
        <source>Java 8</source>
        <translation>Java 8</translation>
    </message>
    <message>
        <source>Windows 7 / Internet Explorer 11</source>
        <translation>Windows 7 / Internet Explorer 11</translation>
    </message>
    <message>
        <source>curl with OpenSSL 1.0.2</source>
        <translation>使用 OpenSSL 1.0.2 的 curl</translation>
    </message>
    <message>
        <source>Speaks %1; the server accepts only %2.</source>
        <translation>客户端支持 %1；服务器只接受 %2。</translation>
    </message>
    <message>
        <source>No cipher suite in common at %1.</source>
        <translation>在 %1 下没有共同的密码套件。</translation>
    </message>
    <message>
        <source>No key exchange group in common: the client offers %1, the server accepts %2.</source>
        <translation>没有共同的密钥交换组：客户端提供 %1，服务器接受 %2。</translation>
    </message>
    <message>
        <source>The server picks %1 with a %2-bit DH group; this client refuses groups under %3 bits.</source>
        <translation>服务器选择 %1，使用 %2 位的 DH 组；此客户端拒绝小于 %3 位的组。</translation>
    </message>
    <message>
        <source>The probes could not tell.</source>
        <translation>探测无法确定。</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>→ sent by this computer</source>
        <translation>→ 由本机发送</translation>
    </message>
    <message>
        <source>← received from the server</source>
        <translation>← 从服务器收到</translation>
    </message>
    <message>
        <source>Address override (Options)</source>
        <translation>指定的地址（选项）</translation>
    </message>
    <message>
        <source>IP address, no lookup</source>
        <translation>IP 地址，无需解析</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS 查询</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>fatal: the connection ends</source>
        <translation>致命：连接随即结束</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
    </message>
    <message>
        <source>Application protocol (ALPN)</source>
        <translation>应用层协议（ALPN）</translation>
    </message>
    <message>
        <source>Last message before the failure</source>
        <translation>失败前的最后一条消息</translation>
    </message>
    <message>
        <source>TLS library error</source>
        <translation>TLS 库报告的错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Trusted roots loaded</source>
        <translation>已加载的受信任根证书</translation>
    </message>
    <message>
        <source>Extra CA file problem</source>
        <translation>额外 CA 文件的问题</translation>
    </message>
    <message>
        <source>Missing issuer of</source>
        <translation>缺失其颁发者的证书</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>名称（SAN）</translation>
    </message>
    <message>
        <source>none: no Subject Alternative Name</source>
        <translation>无：没有使用者可选名称（SAN）</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>扩展密钥用法</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构（CA）</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <source>Issuer certificate (AIA)</source>
        <translation>颁发者证书地址（AIA）</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>OCSP 响应服务器</translation>
    </message>
    <message>
        <source>Revocation list (CRL)</source>
        <translation>吊销列表（CRL）</translation>
    </message>
    <message>
        <source>The server did not send this certificate, and it could not be downloaded or found in this computer&apos;s trust store. Without it, nobody can check the certificates below it.</source>
        <translation>服务器没有发送这张证书，也无法下载，本机的受信任证书库中也没有。缺少它，就无法验证它下面的证书。</translation>
    </message>
    <message>
        <source>Offered versions</source>
        <translation>提供的版本</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>服务器名称（SNI）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Application protocols (ALPN)</source>
        <translation>应用层协议（ALPN）</translation>
    </message>
    <message>
        <source>Key exchange groups</source>
        <translation>密钥交换组</translation>
    </message>
    <message>
        <source>Offered cipher suites</source>
        <translation>提供的密码套件</translation>
    </message>
    <message>
        <source>Chosen version</source>
        <translation>选定的版本</translation>
    </message>
    <message>
        <source>Chosen cipher suite</source>
        <translation>选定的密码套件</translation>
    </message>
    <message>
        <source>Key exchange group</source>
        <translation>密钥交换组</translation>
    </message>
    <message>
        <source>Certificates in the message</source>
        <translation>消息中的证书数量</translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation>使用者密钥标识符</translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation>颁发机构密钥标识符</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Finds out why a secure connection to a web address fails, and how to fix it.</source>
        <translation>查明与某个网址的安全连接为何失败，以及如何修复。</translation>
    </message>
    <message>
        <source>The site to diagnose at start (optional).</source>
        <translation>启动时要诊断的网站（可选）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: the last one chosen, else the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认：上次选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The diagnosis was cancelled before it finished. The results below are incomplete.</source>
        <translation>诊断在完成前被取消。以下结果不完整。</translation>
    </message>
    <message>
        <source>The connection works, but: %1</source>
        <translation>连接正常，但是：%1</translation>
    </message>
    <message>
        <source>The connection to %1 could not be checked completely</source>
        <translation>未能完整检查与 %1 的连接</translation>
    </message>
    <message>
        <source>The secure connection to %1 works</source>
        <translation>与 %1 的安全连接正常</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not finish: %1.</source>
        <translation>
            <numerusform>有 %n 项检查未能完成：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Also worth knowing (notes, not problems)</source>
        <translation>另外值得了解（仅为提示，不算问题）</translation>
    </message>
    <message>
        <source>Findings (root cause first)</source>
        <translation>诊断结果（根本原因在前）</translation>
    </message>
    <message>
        <source>%1. [%2] %3 (%4)</source>
        <translation>%1. [%2] %3（%4）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>您现在可以做什么</translation>
    </message>
    <message>
        <source>What to tell the site&apos;s owner</source>
        <translation>需要告知网站管理员的内容</translation>
    </message>
    <message>
        <source>What to ask your IT department</source>
        <translation>需要询问您的 IT 部门的内容</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <source>Who fixes it: %1</source>
        <translation>由谁修复：%1</translation>
    </message>
    <message>
        <source>reaching the server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>certificate chain and trust</source>
        <translation>证书链与信任</translation>
    </message>
    <message>
        <source>certificate dates</source>
        <translation>证书有效期</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>certificate purpose</source>
        <translation>证书用途</translation>
    </message>
    <message>
        <source>certificate keys and signatures</source>
        <translation>证书密钥与签名</translation>
    </message>
    <message>
        <source>web server answer</source>
        <translation>网站服务器的响应</translation>
    </message>
    <message>
        <source>server name (SNI) behaviour</source>
        <translation>服务器名称（SNI）行为</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>吊销状态</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>mixed content</source>
        <translation>混合内容</translation>
    </message>
    <message>
        <source>clocks</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>TLS 流量检查</translation>
    </message>
    <message>
        <source>protocol versions</source>
        <translation>协议版本</translation>
    </message>
    <message>
        <source>cipher suites</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <source>key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <source>the diagnosis was cancelled</source>
        <translation>诊断已被取消</translation>
    </message>
    <message>
        <source>the name could not be looked up</source>
        <translation>无法解析该域名</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete</source>
        <translation>TLS 握手未完成</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>服务器没有发送证书</translation>
    </message>
    <message>
        <source>the address is not https</source>
        <translation>该网址不是 https</translation>
    </message>
    <message>
        <source>the web server did not answer</source>
        <translation>网站服务器没有响应</translation>
    </message>
    <message>
        <source>extra connections are switched off</source>
        <translation>额外连接已关闭</translation>
    </message>
    <message>
        <source>does not apply to this address</source>
        <translation>不适用于此地址</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is unknown</source>
        <translation>证书的颁发者未知</translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>the server gave no clear answer</source>
        <translation>服务器没有给出明确的回应</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>已超出时限</translation>
    </message>
    <message>
        <source>the server limited the connections</source>
        <translation>服务器限制了连接数</translation>
    </message>
    <message>
        <source>found nothing</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>could not tell (%1)</source>
        <translation>无法判断（%1）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>拒绝（%1）</translation>
    </message>
    <message>
        <source>could not tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Protocol versions and cipher suites</source>
        <translation>协议版本与密码套件</translation>
    </message>
    <message>
        <source>, in the server&apos;s order of preference</source>
        <translation>，按服务器的优先顺序排列</translation>
    </message>
    <message>
        <source> (the list may be incomplete)</source>
        <translation>（列表可能不完整）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1 位的组</translation>
    </message>
    <message>
        <source>Elliptic curves: %1; finite-field DH: %2</source>
        <translation>椭圆曲线：%1；有限域 DH：%2</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>检查了哪些项目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>found something</source>
        <translation>有发现</translation>
    </message>
    <message>
        <source>the server&apos;s connection limit</source>
        <translation>服务器的连接数限制</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未在时限内回应</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the server reset the connection</source>
        <translation>服务器重置了连接</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the network could not reach the server</source>
        <translation>网络无法到达服务器</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>with an alert</source>
        <translation>发出了警报</translation>
    </message>
    <message>
        <source>the server answered with another version</source>
        <translation>服务器以另一个版本回应</translation>
    </message>
    <message>
        <source>the server chose another group</source>
        <translation>服务器选择了另一个组</translation>
    </message>
    <message>
        <source>the server chose a suite that was not offered</source>
        <translation>服务器选择了未提供的密码套件</translation>
    </message>
    <message>
        <source>the answer was malformed</source>
        <translation>回应格式有误</translation>
    </message>
    <message>
        <source>the answer was not TLS</source>
        <translation>回应不是 TLS</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>握手失败</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>警报 %1</translation>
    </message>
    <message>
        <source>If your browser still cannot open the site</source>
        <translation>如果浏览器仍然无法打开该网站</translation>
    </message>
    <message>
        <source>Try another browser, or a private window: if the site opens there, the problem is in the first browser.</source>
        <translation>换一个浏览器，或使用隐私窗口试试：如果在那里能打开网站，问题就出在原来的浏览器上。</translation>
    </message>
    <message>
        <source>Turn off the browser&apos;s extensions (ad blockers, privacy and security add-ons) and try again.</source>
        <translation>关闭浏览器的扩展程序（广告拦截、隐私和安全类插件）后再试。</translation>
    </message>
    <message>
        <source>Clear what the browser remembers about the site: its HSTS entry (Chrome: chrome://net-internals/#hsts, “Delete domain security policies”; Firefox: History, “Forget About This Site”) and its cache, then restart the browser.</source>
        <translation>清除浏览器记住的有关该网站的信息：它的 HSTS 记录（Chrome：chrome://net-internals/#hsts，“Delete domain security policies”；Firefox：历史记录中的“忘记此网站”）和缓存，然后重新启动浏览器。</translation>
    </message>
    <message>
        <source>Check the browser&apos;s own proxy, VPN and “secure DNS” settings, and whether security software scans HTTPS inside the browser: add an exception for the site or update the software rather than turning protection off.</source>
        <translation>检查浏览器自己的代理、VPN 和“安全 DNS”设置，以及安全软件是否在浏览器中扫描 HTTPS：请为该网站添加例外或更新该软件，而不要关闭防护。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>检查此计算机的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>If your mail, directory or database client still cannot connect</source>
        <translation>如果您的邮件、目录或数据库客户端仍然无法连接</translation>
    </message>
    <message>
        <source>Check the client&apos;s server name, port and security setting (STARTTLS, or SSL/TLS from the start): this diagnosis used %1.</source>
        <translation>检查客户端的服务器名称、端口和安全设置（STARTTLS，或从一开始就使用 SSL/TLS）：本次诊断使用的是 %1。</translation>
    </message>
    <message>
        <source>If the client keeps its own list of trusted authorities (Java, some database drivers and mail programs), add the authority that issued the server&apos;s certificate to it.</source>
        <translation>如果客户端有自己的受信任颁发机构列表（Java、部分数据库驱动程序和邮件程序），请将颁发该服务器证书的机构添加到其中。</translation>
    </message>
    <message>
        <source>Written for the person who saw the problem</source>
        <translation>本报告写给遇到问题的人</translation>
    </message>
    <message>
        <source>Written for the site&apos;s administrator</source>
        <translation>本报告写给网站管理员</translation>
    </message>
    <message>
        <source>Written for the network administrator (IT)</source>
        <translation>本报告写给网络管理员（IT 部门）</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format for QLocale::toString()</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>What the person who saw the problem can try</source>
        <translation>遇到问题的人可以尝试</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>Handshake Doctor %1</source>
        <translation>Handshake Doctor %1</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled, so no causes were determined.</source>
        <translation>诊断已取消，因此没有得出原因。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Handshake Doctor report</source>
        <translation>Handshake Doctor 诊断报告</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Handshake Doctor report: %1</source>
        <translation>Handshake Doctor 诊断报告：%1</translation>
    </message>
    <message>
        <source>Could not start the PDF file “%1”.</source>
        <translation>无法创建 PDF 文件“%1”。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The handshake, step by step</source>
        <translation>握手过程，一步一步</translation>
    </message>
    <message>
        <source>From the site&apos;s certificate up to the root.</source>
        <translation>从网站证书一直到根证书。</translation>
    </message>
    <message>
        <source>Would common clients connect?</source>
        <translation>常见客户端能否连接？</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>能否连接</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>能</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不能</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>Enter a web address and press Diagnose to find out why a secure connection fails.</source>
        <translation>输入网址并点击“诊断”，即可查明安全连接失败的原因。</translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation>正在诊断 %1…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>连接正常，但有警告</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>finished in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Handshake Doctor report for %1</source>
        <translation>Handshake Doctor 对 %1 的诊断报告</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>检查时间：%1</translation>
    </message>
    <message>
        <source>Server address: %1 port %2</source>
        <translation>服务器地址：%1，端口 %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Failing step: %1 (%2)</source>
        <translation>失败的步骤：%1（%2）</translation>
    </message>
    <message>
        <source>Connection: %1, %2</source>
        <translation>连接：%1，%2</translation>
    </message>
    <message>
        <source>Made with Handshake Doctor %1</source>
        <translation>由 Handshake Doctor %1 生成</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of checks</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <comment>the names of the checks that passed</comment>
        <translation>已检查：%1</translation>
    </message>
    <message>
        <source>Finding ids: %1</source>
        <translation>问题编号：%1</translation>
    </message>
</context>
<context>
    <name>StepDescriber</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>域名解析（DNS）</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>警报：%1</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1警报：%2</translation>
    </message>
    <message>
        <source>Secure connection established</source>
        <translation>已建立安全连接</translation>
    </message>
    <message>
        <source>The server sent an alert</source>
        <translation>服务器发送了警报</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>The answer is not TLS</source>
        <translation>回应的不是 TLS 数据</translation>
    </message>
    <message>
        <source>No answer before the time limit</source>
        <translation>在时限内没有回应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Stopped by the client: %1</source>
        <translation>被客户端中止：%1</translation>
    </message>
    <message>
        <source>Handshake failed</source>
        <translation>握手失败</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>证书检查</translation>
    </message>
    <message>
        <source>The chain leads to a trusted root</source>
        <translation>证书链可追溯到受信任的根证书</translation>
    </message>
    <message>
        <source>Download missing issuer</source>
        <translation>下载缺失的颁发者证书</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1：无响应（%2）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1 → %2 (address given by you)</source>
        <translation>%1 → %2（由您指定的地址）</translation>
    </message>
    <message>
        <source>%1 is an IP address: no lookup needed</source>
        <translation>%1 是 IP 地址：无需查询</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 的 %2 端口</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>%1 没有回应</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2)</source>
        <translation>无法连接到 %1（%2）</translation>
    </message>
    <message>
        <source>Switch to encrypted records (TLS 1.2 and older; a compatibility no-op in TLS 1.3)</source>
        <translation>切换到加密记录（用于 TLS 1.2 及更早版本；在 TLS 1.3 中仅为兼容而发送，不起作用）</translation>
    </message>
    <message>
        <source>The server asks the client to retry with key share %1</source>
        <translation>服务器要求客户端改用密钥共享 %1 重试</translation>
    </message>
    <message numerus="yes">
        <source>Offers %1 with %n cipher suite(s)</source>
        <translation>
            <numerusform>提供 %1，共 %n 个密码套件</numerusform>
        </translation>
    </message>
    <message>
        <source>no SNI</source>
        <translation>无 SNI</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message>
        <source>Chooses %1 with %2</source>
        <translation>选择 %1，使用 %2</translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation>密钥交换 %1</translation>
    </message>
    <message>
        <source>Further server parameters, encrypted</source>
        <translation>其他服务器参数（已加密）</translation>
    </message>
    <message>
        <source>The client&apos;s certificate (empty: the client has none)</source>
        <translation>客户端证书（为空：客户端没有证书）</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate chain: %n certificate(s)</source>
        <translation>
            <numerusform>服务器的证书链：%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key exchange parameters, signed</source>
        <translation>服务器的密钥交换参数（已签名）</translation>
    </message>
    <message>
        <source>The server asks the client for a certificate</source>
        <translation>服务器要求客户端提供证书</translation>
    </message>
    <message>
        <source>The server has sent its part of the hello</source>
        <translation>服务器的 Hello 阶段消息已发送完毕</translation>
    </message>
    <message>
        <source>Proof of possession of the certificate&apos;s private key</source>
        <translation>证明持有证书的私钥</translation>
    </message>
    <message>
        <source>The client&apos;s key exchange share</source>
        <translation>客户端的密钥交换数据</translation>
    </message>
    <message>
        <source>Integrity check over the whole handshake</source>
        <translation>对整个握手过程的完整性校验</translation>
    </message>
    <message>
        <source>A ticket to resume the session later</source>
        <translation>用于以后恢复会话的票据</translation>
    </message>
    <message>
        <source>Stapled OCSP revocation status</source>
        <translation>随握手附带的 OCSP 吊销状态（OCSP Stapling）</translation>
    </message>
    <message>
        <source>invalid HSTS header</source>
        <translation>HSTS 头无效</translation>
    </message>
    <message numerus="yes">
        <source>HSTS for %n day(s)</source>
        <translation>
            <numerusform>HSTS 有效期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no certificate (%1)</source>
        <translation>没有证书（%1）</translation>
    </message>
    <message>
        <source>Not used with an IP address</source>
        <translation>对 IP 地址不适用</translation>
    </message>
    <message>
        <source>Without SNI: %1; for an unknown name: %2</source>
        <translation>不发送 SNI：%1；未知名称：%2</translation>
    </message>
    <message>
        <source>good</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>certificate unknown</source>
        <translation>证书未知</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>无响应（%1）</translation>
    </message>
    <message>
        <source>unusable answer (%1)</source>
        <translation>响应无法使用（%1）</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is unknown, so there is nothing to ask</source>
        <translation>证书的颁发者未知，因此无从查询</translation>
    </message>
    <message>
        <source>OCSP responder: %1; CRL: %2</source>
        <translation>OCSP 响应服务器：%1；CRL：%2</translation>
    </message>
    <message>
        <source>No version accepted</source>
        <translation>不接受任何版本</translation>
    </message>
    <message>
        <source>Accepts %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>no clear answer for %1</source>
        <translation>%1 没有明确的回应</translation>
    </message>
    <message>
        <source>No suite accepted</source>
        <translation>不接受任何套件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n suite(s), server&apos;s order</source>
        <translation>
            <numerusform>%1：%n 个套件，按服务器的顺序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n suite(s)</source>
        <translation>
            <numerusform>%1：%n 个套件</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1 位的组</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <source>Elliptic curves: %1; finite-field DH: %2</source>
        <translation>椭圆曲线：%1；有限域 DH：%2</translation>
    </message>
    <message>
        <source>Server name (SNI) behaviour</source>
        <translation>服务器名称（SNI）行为</translation>
    </message>
    <message>
        <source>Revocation check</source>
        <translation>吊销检查</translation>
    </message>
    <message>
        <source>Protocol versions</source>
        <translation>协议版本</translation>
    </message>
    <message>
        <source>Cipher suites</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>证书是自签名的</translation>
    </message>
    <message>
        <source>the chain ends at a root this computer does not trust</source>
        <translation>证书链终止于此计算机不信任的根证书</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is missing</source>
        <translation>缺少证书的颁发者</translation>
    </message>
    <message>
        <source>the site certificate&apos;s issuer is missing</source>
        <translation>缺少网站证书的颁发者</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is invalid</source>
        <translation>证书的签名无效</translation>
    </message>
    <message>
        <source>a certificate that is not an authority issued another one</source>
        <translation>一个非颁发机构的证书签发了另一个证书</translation>
    </message>
    <message>
        <source>the chain is longer than its authority allows</source>
        <translation>证书链的长度超出了颁发机构允许的范围</translation>
    </message>
    <message>
        <source>the certificate is not allowed for this purpose</source>
        <translation>证书不允许用于此用途</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>%1 (certificate %2 of the chain)</source>
        <translation>%1（证书链中的第 %2 个证书）</translation>
    </message>
    <message>
        <source>Trusted only with the intermediate downloaded from the certificate&apos;s AIA address</source>
        <translation>只有加上从证书的 AIA 地址下载的中间证书才受信任</translation>
    </message>
    <message>
        <source>Could not tell: no clear answer for %1</source>
        <translation>无法判断：%1 没有明确的回应</translation>
    </message>
    <message>
        <source>could not tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Proxy name lookup (DNS)</source>
        <translation>代理名称解析（DNS）</translation>
    </message>
    <message>
        <source>TCP connection to the proxy</source>
        <translation>与代理的 TCP 连接</translation>
    </message>
    <message>
        <source>Tunnel through the proxy</source>
        <translation>经代理建立隧道</translation>
    </message>
    <message>
        <source>%1: no answer from the proxy (%2)</source>
        <translation>%1：代理没有回应（%2）</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>%1: leaves HTTPS</source>
        <translation>%1：离开了 HTTPS</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2)</source>
        <translation>%1：TLS 握手失败（%2）</translation>
    </message>
    <message>
        <source>%1: its certificate is not valid for it (%2)</source>
        <translation>%1：其证书对该地址无效（%2）</translation>
    </message>
    <message>
        <source>; for “%1”: OCSP responder: %2; CRL: %3</source>
        <translation>；“%1”：OCSP 响应服务器：%2；CRL：%3</translation>
    </message>
    <message>
        <source>Proxy script (PAC)</source>
        <translation>代理脚本（PAC）</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: defines no FindProxyForURL</source>
        <translation>%1：未定义 FindProxyForURL</translation>
    </message>
    <message>
        <source>%1: cannot be evaluated on this system; connecting directly</source>
        <translation>%1：在此系统上无法执行；直接连接</translation>
    </message>
    <message>
        <source>%1: no proxy for this site</source>
        <translation>%1：此网站不使用代理</translation>
    </message>
    <message>
        <source>Protocol assumed from the port</source>
        <translation>根据端口推断协议</translation>
    </message>
    <message>
        <source>No scheme was given: port %1 is taken to mean %2://</source>
        <translation>未指定协议：%1 端口按 %2:// 处理</translation>
    </message>
    <message>
        <source>%1 opening</source>
        <translation>%1 开始会话</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>%1 问候消息</translation>
    </message>
    <message>
        <source>%1: ask for capabilities</source>
        <translation>%1：查询功能列表</translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation>%1 功能列表</translation>
    </message>
    <message>
        <source>%1: ask to start TLS</source>
        <translation>%1：请求启动 TLS</translation>
    </message>
    <message>
        <source>%1: answer to the TLS request</source>
        <translation>%1：对 TLS 请求的回应</translation>
    </message>
    <message>
        <source>The server does not offer TLS: %1</source>
        <translation>服务器不提供 TLS：%1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>意外的回应：%1</translation>
    </message>
    <message>
        <source>No complete answer (%1)</source>
        <translation>没有完整的回应（%1）</translation>
    </message>
    <message>
        <source>%1 did not switch to TLS</source>
        <translation>%1 未切换到 TLS</translation>
    </message>
    <message>
        <source>The same certificate as through the proxy</source>
        <translation>与经过代理时的证书相同</translation>
    </message>
    <message>
        <source>Another certificate, issued by “%1”</source>
        <translation>另一个证书，由“%1”颁发</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>没有证书：%1</translation>
    </message>
    <message>
        <source>Direct connection, without the proxy</source>
        <translation>不经过代理的直接连接</translation>
    </message>
    <message>
        <source>Server switches to encryption</source>
        <translation>服务器切换到加密通信</translation>
    </message>
    <message>
        <source>This computer switches to encryption</source>
        <translation>本机切换到加密通信</translation>
    </message>
    <message>
        <source>Server asks for another hello</source>
        <translation>服务器要求重新问候</translation>
    </message>
    <message>
        <source>This computer says hello: offers %1</source>
        <translation>本机发出问候：提供 %1</translation>
    </message>
    <message>
        <source>Server says hello: chooses %1</source>
        <translation>服务器回应问候：选择 %1</translation>
    </message>
    <message>
        <source>Server sends its settings, encrypted</source>
        <translation>服务器发送加密的参数设置</translation>
    </message>
    <message>
        <source>This computer sends its certificate</source>
        <translation>本机发送自己的证书</translation>
    </message>
    <message numerus="yes">
        <source>Server sends its certificate: %n certificate(s)</source>
        <translation>
            <numerusform>服务器发送证书：%n 张证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Server sends its key share</source>
        <translation>服务器发送密钥交换参数</translation>
    </message>
    <message>
        <source>Server asks for a client certificate</source>
        <translation>服务器要求客户端证书</translation>
    </message>
    <message>
        <source>Server has said its hello</source>
        <translation>服务器问候完毕</translation>
    </message>
    <message>
        <source>Server proves it holds the certificate&apos;s key</source>
        <translation>服务器证明它持有证书的私钥</translation>
    </message>
    <message>
        <source>This computer proves it holds its certificate&apos;s key</source>
        <translation>本机证明它持有证书的私钥</translation>
    </message>
    <message>
        <source>This computer sends its key share</source>
        <translation>本机发送密钥交换参数</translation>
    </message>
    <message>
        <source>Server confirms the handshake</source>
        <translation>服务器确认握手</translation>
    </message>
    <message>
        <source>This computer confirms the handshake</source>
        <translation>本机确认握手</translation>
    </message>
    <message>
        <source>Server sends a ticket to resume later</source>
        <translation>服务器发送会话票据，供以后恢复连接</translation>
    </message>
    <message>
        <source>Server sends its certificate&apos;s revocation status</source>
        <translation>服务器发送证书的吊销状态</translation>
    </message>
    <message>
        <source>Looks up %1: not found</source>
        <translation>查询 %1：找不到</translation>
    </message>
    <message>
        <source>Looks up %1: %2</source>
        <translation>查询 %1：%2</translation>
    </message>
    <message>
        <source>Connects to port %1: refused</source>
        <translation>连接端口 %1：被拒绝</translation>
    </message>
    <message>
        <source>Connects to port %1: no answer</source>
        <translation>连接端口 %1：没有应答</translation>
    </message>
    <message>
        <source>Connects to port %1: failed</source>
        <translation>连接端口 %1：失败</translation>
    </message>
    <message>
        <source>Connects to port %1</source>
        <translation>连接端口 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sentence, then the message&apos;s protocol name</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This computer closes the connection (close_notify)</source>
        <translation>本机关闭连接（close_notify）</translation>
    </message>
    <message>
        <source>Server closes the connection (close_notify)</source>
        <translation>服务器关闭连接（close_notify）</translation>
    </message>
    <message>
        <source>This computer stops with alert %1</source>
        <translation>本机以警报 %1 中止</translation>
    </message>
    <message>
        <source>Server stops with alert %1</source>
        <translation>服务器以警报 %1 中止</translation>
    </message>
    <message>
        <source>Secure connection established: %1</source>
        <translation>已建立安全连接：%1</translation>
    </message>
    <message>
        <source>Checks the certificate: not accepted</source>
        <translation>检查证书：不予接受</translation>
    </message>
    <message>
        <source>Checks the certificate: accepted</source>
        <translation>检查证书：已接受</translation>
    </message>
    <message>
        <source>Downloads the missing certificate</source>
        <translation>下载缺失的证书</translation>
    </message>
    <message>
        <source>Downloads the missing certificate: failed</source>
        <translation>下载缺失的证书：失败</translation>
    </message>
    <message>
        <source>Asks for the page: no answer</source>
        <translation>请求网页：没有应答</translation>
    </message>
    <message>
        <source>Asks for the page: %1</source>
        <translation>请求网页：%1</translation>
    </message>
    <message>
        <source>Asks whether the certificate was revoked</source>
        <translation>询问证书是否已被吊销</translation>
    </message>
    <message>
        <source>Looks up the proxy</source>
        <translation>查询代理地址</translation>
    </message>
    <message>
        <source>Connects to the proxy: failed</source>
        <translation>连接代理：失败</translation>
    </message>
    <message>
        <source>Connects to the proxy</source>
        <translation>连接代理</translation>
    </message>
    <message>
        <source>Asks the proxy for a tunnel: no answer</source>
        <translation>请求代理建立隧道：没有应答</translation>
    </message>
    <message>
        <source>Asks the proxy for a tunnel: %1</source>
        <translation>请求代理建立隧道：%1</translation>
    </message>
    <message>
        <source>Takes port %1 to mean %2://</source>
        <translation>按端口 %1 视为 %2://</translation>
    </message>
    <message>
        <source>This computer opens the %1 conversation</source>
        <translation>本机开始 %1 会话</translation>
    </message>
    <message>
        <source>Server greets in %1</source>
        <translation>服务器发送 %1 问候消息</translation>
    </message>
    <message>
        <source>This computer asks what the server offers</source>
        <translation>本机询问服务器支持哪些功能</translation>
    </message>
    <message>
        <source>Server lists what it offers</source>
        <translation>服务器列出其支持的功能</translation>
    </message>
    <message>
        <source>This computer asks to switch to TLS</source>
        <translation>本机请求切换到 TLS</translation>
    </message>
    <message>
        <source>Server answers the request to switch to TLS</source>
        <translation>服务器答复切换到 TLS 的请求</translation>
    </message>
    <message>
        <source>Server does not switch to TLS</source>
        <translation>服务器未切换到 TLS</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter a web address, for example example.com or https://example.com:8443/.</source>
        <translation>请输入网址，例如 example.com 或 https://example.com:8443/。</translation>
    </message>
    <message>
        <source>The address contains spaces or invisible control characters. Remove them and try again.</source>
        <translation>地址中含有空格或不可见的控制字符。请删除后重试。</translation>
    </message>
    <message>
        <source>“%1” is not a valid port. A port is a number from 1 to 65535.</source>
        <translation>“%1”不是有效的端口。端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address. Write IPv6 addresses in brackets, for example [2001:db8::1]:443.</source>
        <translation>“%1”不是有效的 IPv6 地址。IPv6 地址需要写在方括号中，例如 [2001:db8::1]:443。</translation>
    </message>
    <message>
        <source>The host name is too long: a host name has at most 253 characters.</source>
        <translation>主机名太长：主机名最多只能有 253 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name. Host names use letters, digits, hyphens and dots.</source>
        <translation>“%1”不是有效的主机名。主机名由字母、数字、连字符和点组成。</translation>
    </message>
    <message>
        <source>“%1” has an invalid zone (interface) after the “%”. Write it as in [fe80::1%25eth0]:443, with letters, digits, “.”, “_”, “~” or “-”.</source>
        <translation>“%1”中“%”后面的区域（网络接口）无效。请按 [fe80::1%25eth0]:443 的格式书写，只使用字母、数字、“.”、“_”、“~”或“-”。</translation>
    </message>
    <message>
        <source>“%1:” is not an address this tool can test. Use an https:// address, a host name, or a mail, directory or database server&apos;s address (smtp://, imaps://, ldap://, postgres://…).</source>
        <translation>“%1:”不是本工具可以测试的地址。请使用 https:// 开头的网址、主机名，或邮件、目录、数据库服务器的地址（smtp://、imaps://、ldap://、postgres://…）。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <source>downloaded from the issuer&apos;s address (AIA)</source>
        <translation>从颁发者地址（AIA）下载</translation>
    </message>
    <message>
        <source>from this computer&apos;s trust store</source>
        <translation>来自此计算机的受信任证书存储</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Key: %1; signature: %2</source>
        <translation>密钥：%1；签名：%2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Handshake Doctor %1: %2</source>
        <translation>Handshake Doctor %1：%2</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>结论：%1。%2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Certificates sent by the server</source>
        <translation>服务器发送的证书</translation>
    </message>
    <message>
        <source>Chain as built by this computer</source>
        <translation>此计算机构建的证书链</translation>
    </message>
    <message>
        <source>Finished in %1 ms.</source>
        <translation>完成，用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>connects</source>
        <translation>可连接</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Client compatibility (protocol versions and cipher suites only)</source>
        <translation>客户端兼容性（仅限协议版本和密码套件）</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>reading it was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB</source>
        <translation>
            <numerusform>文件大于 %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>no certificate found</source>
        <translation>未找到证书</translation>
    </message>
</context>
<context>
    <name>hd::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（编译时使用 %2）</translation>
    </message>
    <message>
        <source>About Handshake Doctor</source>
        <translation>关于 Handshake Doctor</translation>
    </message>
    <message>
        <source>Handshake Doctor %1</source>
        <translation>Handshake Doctor %1</translation>
    </message>
    <message>
        <source>Finds out why a secure (TLS) connection to a web address fails, explains it in plain words, and says who can fix it and how.</source>
        <translation>查明与某个网址的安全（TLS）连接为何失败，用通俗的语言加以说明，并告诉您由谁修复、如何修复。</translation>
    </message>
</context>
<context>
    <name>hd::ChainModel</name>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>hd::ChainPanel</name>
    <message>
        <source>Save as PEM…</source>
        <translation>另存为 PEM…</translation>
    </message>
    <message>
        <source>Save the selected certificate to a file, for example to send it to the site&apos;s owner.</source>
        <translation>将选中的证书保存为文件，例如发送给网站管理员。</translation>
    </message>
    <message>
        <source>The certificates the server sent will appear here.</source>
        <translation>服务器发送的证书将显示在这里。</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>选择一张证书以查看详细信息。</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The certificate could not be saved</source>
        <translation>无法保存证书</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Certificate saved to %1</source>
        <translation>证书已保存到 %1</translation>
    </message>
</context>
<context>
    <name>hd::ExtraChecksPanel</name>
    <message>
        <source>Protocol versions and cipher suites</source>
        <translation>协议版本与密码套件</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <source>Would common clients connect?</source>
        <translation>常见客户端能否连接？</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>服务器的回应</translation>
    </message>
    <message>
        <source>Cipher suites accepted</source>
        <translation>接受的密码套件</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>能否连接</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>After a diagnosis, this shows which protocol versions and cipher suites the server accepts, and which common clients could connect.</source>
        <translation>诊断完成后，这里会显示服务器接受哪些协议版本和密码套件，以及哪些常见客户端能够连接。</translation>
    </message>
    <message>
        <source>The extra connections did not run.</source>
        <translation>未进行额外连接。</translation>
    </message>
    <message>
        <source>The extra connections did not run: %1.</source>
        <translation>未进行额外连接：%1。</translation>
    </message>
    <message>
        <source>From extra connections that offered one version, suite or group at a time.</source>
        <translation>以下结果来自额外连接，每次只提供一个版本、密码套件或组。</translation>
    </message>
    <message>
        <source>(in the server&apos;s order of preference)</source>
        <translation>（按服务器的优先顺序排列）</translation>
    </message>
    <message>
        <source>(the list may be incomplete)</source>
        <translation>（列表可能不完整）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between group names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1 位的组</translation>
    </message>
    <message>
        <source>Elliptic curves: %1</source>
        <translation>椭圆曲线：%1</translation>
    </message>
    <message>
        <source>Finite-field Diffie-Hellman: %1</source>
        <translation>有限域 Diffie-Hellman：%1</translation>
    </message>
    <message>
        <source>Could not tell: %1 (%2)</source>
        <translation>无法确定：%1（%2）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>能</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不能</translation>
    </message>
</context>
<context>
    <name>hd::FindingsPanel</name>
    <message>
        <source>Causes and fixes will appear here after a diagnosis.</source>
        <translation>诊断完成后，原因和修复方法将显示在这里。</translation>
    </message>
    <message>
        <source>Diagnosing… causes and fixes will appear here.</source>
        <translation>正在诊断…原因和修复方法将显示在这里。</translation>
    </message>
    <message>
        <source>No problems found: the secure connection works.</source>
        <translation>未发现问题：安全连接正常。</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled, so no causes were determined.</source>
        <translation>诊断已取消，因此没有得出原因。</translation>
    </message>
</context>
<context>
    <name>hd::LadderView</name>
    <message>
        <source>Name server (DNS)</source>
        <translation>域名服务器（DNS）</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Handshake diagram</source>
        <translation>握手示意图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Enter Address</source>
        <translation>输入网址(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a PDF report with the verdict, the fixes, the timeline and the certificates.</source>
        <translation>保存 PDF 报告，包含结论、修复方法、时间线和证书。</translation>
    </message>
    <message>
        <source>&amp;Copy for Help Desk</source>
        <translation>复制给技术支持(&amp;C)</translation>
    </message>
    <message>
        <source>Put a short plain-text summary on the clipboard, to paste into an e-mail or a chat.</source>
        <translation>将简短的纯文本摘要复制到剪贴板，可粘贴到邮件或聊天中。</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lear Recent Addresses</source>
        <translation>清除最近的网址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Handshake Doctor</source>
        <translation>关于 Handshake Doctor(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>example.com or https://example.com:8443/path</source>
        <translation>example.com 或 https://example.com:8443/path</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Check the connection step by step (Enter)</source>
        <translation>逐步检查连接（回车键）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the diagnosis (Esc)</source>
        <translation>停止诊断（Esc 键）</translation>
    </message>
    <message>
        <source>Op&amp;tions…</source>
        <translation>选项(&amp;T)…</translation>
    </message>
    <message>
        <source>Time limit, an extra trusted CA file, and an address override</source>
        <translation>时间限制、额外信任的 CA 文件以及指定连接地址</translation>
    </message>
    <message>
        <source>Causes and how to fix them</source>
        <translation>原因及修复方法</translation>
    </message>
    <message>
        <source>&amp;Handshake</source>
        <translation>握手过程(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>证书(&amp;E)</translation>
    </message>
    <message>
        <source>Also trusting the CAs in %1</source>
        <translation>同时信任 %1 中的 CA</translation>
    </message>
    <message>
        <source>Connecting to %1 for %2 port %3</source>
        <translation>连接 %2 端口 %3 时使用地址 %1</translation>
    </message>
    <message>
        <source>Time limit %1 s</source>
        <translation>时间限制 %1 秒</translation>
    </message>
    <message>
        <source>Missing certificates are not downloaded</source>
        <translation>不下载缺失的证书</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Diagnosing %1 — %2 s of at most %3 s</source>
        <translation>正在诊断 %1 — 已用 %2 秒，最多 %3 秒</translation>
    </message>
    <message>
        <source>Diagnosing %1 — last step: %2 — %3 s of at most %4 s</source>
        <translation>正在诊断 %1 — 最近的步骤：%2 — 已用 %3 秒，最多 %4 秒</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>已在 %1 后取消。</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>完成，用时 %1。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>A summary is on the clipboard: paste it into an e-mail or a chat with your help desk.</source>
        <translation>摘要已复制到剪贴板：可粘贴到发给技术支持的邮件或聊天中。</translation>
    </message>
    <message>
        <source>&amp;Versions and Clients</source>
        <translation>版本与客户端(&amp;V)</translation>
    </message>
    <message>
        <source>Step Ta&amp;ble</source>
        <translation>步骤表(&amp;B)</translation>
    </message>
    <message>
        <source>A host name, an IP address, or a full https:// address; mail, directory and database servers by their scheme (smtp://, imaps://, ldap://, postgres://…). Recent addresses are in the list.</source>
        <translation>主机名、IP 地址或完整的 https:// 网址；邮件、目录和数据库服务器请用其协议前缀（smtp://、imaps://、ldap://、postgres://…）。最近使用的网址在下拉列表中。</translation>
    </message>
    <message>
        <source>Handshake: a step failed</source>
        <translation>握手过程：有一步失败</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手过程</translation>
    </message>
    <message>
        <source>Step Table: a step failed</source>
        <translation>步骤表：有一步失败</translation>
    </message>
    <message>
        <source>Step Table</source>
        <translation>步骤表</translation>
    </message>
    <message>
        <source>Certificates: a problem was found</source>
        <translation>证书：发现问题</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Versions and Clients: a problem was found</source>
        <translation>版本与客户端：发现问题</translation>
    </message>
    <message>
        <source>Versions and Clients</source>
        <translation>版本与客户端</translation>
    </message>
</context>
<context>
    <name>hd::OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>超时时间(&amp;G)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for the whole diagnosis before reporting a timeout.</source>
        <translation>整个诊断最多等待多长时间，超过后报告超时。</translation>
    </message>
    <message>
        <source>Also &amp;trust CAs in:</source>
        <translation>额外信任的 CA(&amp;T)：</translation>
    </message>
    <message>
        <source>PEM file with your organisation&apos;s root certificate</source>
        <translation>包含贵单位根证书的 PEM 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>For internal networks: certificates in this file are trusted in addition to this computer&apos;s trusted authorities.</source>
        <translation>适用于内部网络：除本机信任的证书颁发机构外，也信任此文件中的证书。</translation>
    </message>
    <message>
        <source>&amp;Connect to address:</source>
        <translation>连接到地址(&amp;C)：</translation>
    </message>
    <message>
        <source>host:port:address, for example example.com:443:192.0.2.10</source>
        <translation>主机:端口:地址，例如 example.com:443:192.0.2.10</translation>
    </message>
    <message>
        <source>Test a server before DNS points to it: connect to this address instead of looking the name up. Used for this session only.</source>
        <translation>在 DNS 指向某台服务器之前测试它：直接连接到此地址，而不解析域名。仅在本次运行中有效。</translation>
    </message>
    <message>
        <source>&amp;Download missing intermediate certificates (AIA) to confirm an incomplete chain</source>
        <translation>下载缺失的中间证书（AIA）以确认证书链不完整(&amp;D)</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>CA 文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>无法读取 CA 文件“%1”。</translation>
    </message>
    <message>
        <source>Write the address override as host:port:address, for example example.com:443:192.0.2.10 or example.com:443:[2001:db8::1].</source>
        <translation>请按“主机:端口:地址”的格式填写，例如 example.com:443:192.0.2.10 或 example.com:443:[2001:db8::1]。</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>系统设置的代理</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This one:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or http://user:password@proxy.example:3128</source>
        <translation>http://proxy.example:3128 或 http://user:password@proxy.example:3128</translation>
    </message>
    <message>
        <source>Connections go the way the browser&apos;s do: through the proxy this computer&apos;s settings name, unless you choose none or give one here. A password given here is kept for this session only.</source>
        <translation>连接方式与浏览器相同：经过此计算机设置中指定的代理，除非您选择不使用代理或在此指定一个代理。在此输入的密码仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>Write the proxy as an HTTP proxy&apos;s address, for example http://proxy.example:3128.</source>
        <translation>请填写 HTTP 代理的地址，例如 http://proxy.example:3128。</translation>
    </message>
</context>
<context>
    <name>hd::TimelineModel</name>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Sent by this computer</source>
        <translation>由本机发送</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>从服务器收到</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>hd::TimelinePanel</name>
    <message>
        <source>The steps of the connection will appear here.</source>
        <translation>连接的各个步骤将显示在这里。</translation>
    </message>
    <message>
        <source>Select a step to see its details.</source>
        <translation>选择一个步骤以查看详细信息。</translation>
    </message>
</context>
<context>
    <name>hd::VerdictBanner</name>
    <message>
        <source>Why won&apos;t this site open securely?</source>
        <translation>这个网站为什么无法安全打开？</translation>
    </message>
    <message>
        <source>The steps appear on the right as they happen.</source>
        <translation>各个步骤会在右侧实时显示。</translation>
    </message>
    <message>
        <source>Also worth knowing (for the site&apos;s owner)</source>
        <translation>另外值得了解（供网站管理员参考）</translation>
    </message>
</context>
</TS>
