window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2052374182360061273",
      "updatedAt" : "2026-05-07T13:05:12.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalValue" : "1",
        "originalName" : "Active"
      },
      "createdAt" : "2026-05-07T13:05:12.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Some thoughts after the chamber mixer last night. When Mike's freezer died in March, three of us stored his stock for a week and nobody sent a bill. When the Okafors' truck broke down, half the town drove their produce to market. That's not charity, it's how a town of 2,000 keeps its Main Street open. If you're new here, like Anthony at Rise & Shine, you're part of that now. Come to the next mixer, bring a neighbour, and buy your bread from the bakery and your eggs from the farm stand before you come to us. We'll all still be here next year because of it. #millbrook",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [
          {
            "hashtag" : "millbrook",
            "fromIndex" : "562",
            "toIndex" : "572"
          }
        ]
      }
    }
  }
]