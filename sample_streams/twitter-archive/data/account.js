window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "deb@hollisgeneral.example",
      "createdVia" : "web",
      "username" : "hollisgeneral",
      "accountId" : "214560932",
      "createdAt" : "2011-03-14T15:22:09.000Z",
      "accountDisplayName" : "Hollis General Store"
    }
  }
]