window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053490240517117236"
          ],
          "editableUntil" : "2026-05-10T16:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hg3pLx0Tb2",
            "expanded_url" : "https://hollisgeneral.example/hours",
            "display_url" : "hollisgeneral.example/hou…",
            "indices" : [
              "25",
              "48"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "8",
      "id_str" : "2053490240517117236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053490240517117236",
      "created_at" : "Sun May 10 15:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer hours are posted: https://t.co/Hg3pLx0Tb2 (yes, we're open Sundays again)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053462671356925199"
          ],
          "editableUntil" : "2026-05-10T14:10:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rise & Shine Bakery",
            "screen_name" : "anthonybakes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1655402218731290624",
            "id" : "1655402218731290624"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "2053462671356925199",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2053462671356925199",
      "created_at" : "Sun May 10 13:10:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@anthonybakes Anthony, first week done! How are you holding up? Want to grab coffee Monday before we both open?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2053388318929916237",
      "in_reply_to_status_id" : "2053388318929916237",
      "in_reply_to_user_id" : "1655402218731290624",
      "in_reply_to_user_id_str" : "1655402218731290624",
      "in_reply_to_screen_name" : "anthonybakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053452491781117162"
          ],
          "editableUntil" : "2026-05-10T13:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "7",
      "id_str" : "2053452491781117162",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2053452491781117162",
      "created_at" : "Sun May 10 12:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy Mother's Day to every mom in Millbrook, and to Mom, who ran this register for thirty years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053237323985917125"
          ],
          "editableUntil" : "2026-05-09T23:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "2053237323985917125",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2053237323985917125",
      "created_at" : "Sat May 09 22:15:00 +0000 2026",
      "favorited" : false,
      "full_text" : "If you see me at the ball field tonight, don't ask about work. I'm off duty. Mostly. 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053169338512381088"
          ],
          "editableUntil" : "2026-05-09T18:44:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marilyn Okafor",
            "screen_name" : "marilynokafor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "488120911",
            "id" : "488120911"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "4",
      "id_str" : "2053169338512381088",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2053169338512381088",
      "created_at" : "Sat May 09 17:44:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@marilynokafor Marilyn, thank you for the strawberries you left on the counter. The kids at the register ate half of them already.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2053098156979196200",
      "in_reply_to_status_id" : "2053098156979196200",
      "in_reply_to_user_id" : "488120911",
      "in_reply_to_user_id_str" : "488120911",
      "in_reply_to_screen_name" : "marilynokafor"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053067454673917051"
          ],
          "editableUntil" : "2026-05-09T12:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "millbrook",
            "indices" : [
              "175",
              "185"
            ]
          },
          {
            "text" : "shoplocal",
            "indices" : [
              "186",
              "196"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Okafor Farm",
            "screen_name" : "okaforfarm",
            "indices" : [
              "47",
              "58"
            ],
            "id_str" : "488120365",
            "id" : "488120365"
          },
          {
            "name" : "Rise & Shine Bakery",
            "screen_name" : "anthonybakes",
            "indices" : [
              "74",
              "87"
            ],
            "id_str" : "1655402218731290624",
            "id" : "1655402218731290624"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "7",
      "id_str" : "2053067454673917051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053067454673917051",
      "created_at" : "Sat May 09 11:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Farmers market today 8 to noon. Grab eggs from @okaforfarm and bread from @anthonybakes, then come get everything else from us. Buy local, keep Millbrook going &amp; growing. #millbrook #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052771076764669014"
          ],
          "editableUntil" : "2026-05-08T16:22:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Public Library",
            "screen_name" : "millbrooklib",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "410993287",
            "id" : "410993287"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "2052771076764669014",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052771076764669014",
      "created_at" : "Fri May 08 15:22:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@millbrooklib We'll send over a crate of lemonade for the kids. Thanks for all you do, Carla.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2052710099973116126",
      "in_reply_to_status_id" : "2052710099973116126",
      "in_reply_to_user_id" : "410993287",
      "in_reply_to_user_id_str" : "410993287",
      "in_reply_to_screen_name" : "millbrooklib"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052765884216316977"
          ],
          "editableUntil" : "2026-05-08T16:01:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Public Library",
            "screen_name" : "millbrooklib",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "410993287",
            "id" : "410993287"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "8",
      "id_str" : "2052765884216316977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052765884216316977",
      "created_at" : "Fri May 08 15:01:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @millbrooklib: Story hour moves to the gazebo this Saturday. Bring a blanket!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052757956981756940"
          ],
          "editableUntil" : "2026-05-08T15:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "2052757956981756940",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2052757956981756940",
      "created_at" : "Fri May 08 14:30:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Price of eggs went up again. Sorry folks, not my doing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052735769113596903"
          ],
          "editableUntil" : "2026-05-08T14:02:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mike's Diner",
            "screen_name" : "mikesdiner",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "301288457",
            "id" : "301288457"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "6",
      "id_str" : "2052735769113596903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052735769113596903",
      "created_at" : "Fri May 08 13:02:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@mikesdiner Ha! You still owe me a rematch from the checkers tournament in '09. Bring the board Saturday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2052673609528316089",
      "in_reply_to_status_id" : "2052673609528316089",
      "in_reply_to_user_id" : "301288457",
      "in_reply_to_user_id_str" : "301288457",
      "in_reply_to_screen_name" : "mikesdiner"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052445481333756866"
          ],
          "editableUntil" : "2026-05-07T18:48:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "2052445481333756866",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052445481333756866",
      "created_at" : "Thu May 07 17:48:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Delivery day. If your order is late, it's because the truck got stuck behind the parade float practice again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052394533123068829"
          ],
          "editableUntil" : "2026-05-07T15:26:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ruth on the Road",
            "screen_name" : "roadtripruth",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2870013456",
            "id" : "2870013456"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "4",
      "id_str" : "2052394533123068829",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2052394533123068829",
      "created_at" : "Thu May 07 14:26:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@roadtripruth So glad you found us! If you're heading north, stop at the Okafor Farm stand on Route 9 and tell Marilyn I sent you.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2052330725176316052",
      "in_reply_to_status_id" : "2052330725176316052",
      "in_reply_to_user_id" : "2870013456",
      "in_reply_to_user_id_str" : "2870013456",
      "in_reply_to_screen_name" : "roadtripruth"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052374186554364792"
          ],
          "editableUntil" : "2026-05-07T14:05:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Nt4vQe81Lp",
            "expanded_url" : "https://twitter.com/i/web/status/2052374186554364792",
            "display_url" : "twitter.com/i/web/status/…",
            "indices" : [
              "270",
              "293"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "293"
      ],
      "favorite_count" : "5",
      "id_str" : "2052374186554364792",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052374186554364792",
      "created_at" : "Thu May 07 13:05:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Some thoughts after the chamber mixer last night. When Mike's freezer died in March, three of us stored his stock for a week and nobody sent a bill. When the Okafors' truck broke down, half the town drove their produce to market. That's not charity, it's how a town of… https://t.co/Nt4vQe81Lp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052072146334716755"
          ],
          "editableUntil" : "2026-05-06T18:05:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Valley Feed & Supply",
            "screen_name" : "valleyfeedco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "733450128",
            "id" : "733450128"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "8",
      "id_str" : "2052072146334716755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052072146334716755",
      "created_at" : "Wed May 06 17:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@valleyfeedco thanks for squeezing us in on a Sunday &amp; for the extra pallet!",
      "lang" : "en",
      "in_reply_to_user_id" : "733450128",
      "in_reply_to_user_id_str" : "733450128",
      "in_reply_to_screen_name" : "valleyfeedco"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052050843464700718"
          ],
          "editableUntil" : "2026-05-06T16:40:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "7",
      "id_str" : "2052050843464700718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052050843464700718",
      "created_at" : "Wed May 06 15:40:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Twenty-two years behind this counter today. Dad opened Hollis General in 1971 and some of you have been coming in since you rode in strollers. Thank you, truly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051999144473596681"
          ],
          "editableUntil" : "2026-05-06T13:14:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sue Park | Millbrook Chamber",
            "screen_name" : "suepark_cc",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "902314775",
            "id" : "902314775"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "2051999144473596681",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051999144473596681",
      "created_at" : "Wed May 06 12:14:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@suepark_cc Count me in, Sue. I'll bring the lemonade like last year.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051678989054972015",
      "in_reply_to_status_id" : "2051678989054972015",
      "in_reply_to_user_id" : "902314775",
      "in_reply_to_user_id_str" : "902314775",
      "in_reply_to_screen_name" : "suepark_cc"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051771414737916644"
          ],
          "editableUntil" : "2026-05-05T22:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gus Peterson",
            "screen_name" : "gus_peterson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "77104532",
            "id" : "77104532"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "2051771414737916644",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051771414737916644",
      "created_at" : "Tue May 05 21:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_peterson You're welcome, Gus, and thank YOU. Your nephew did a fine job.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051703467013116163",
      "in_reply_to_status_id" : "2051703467013116163",
      "in_reply_to_user_id" : "77104532",
      "in_reply_to_user_id_str" : "77104532",
      "in_reply_to_screen_name" : "gus_peterson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051746248913916607"
          ],
          "editableUntil" : "2026-05-05T20:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "millbrook",
            "indices" : [
              "117",
              "127"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sue Park | Millbrook Chamber",
            "screen_name" : "suepark_cc",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "902314775",
            "id" : "902314775"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "1",
      "id_str" : "2051746248913916607",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2051746248913916607",
      "created_at" : "Tue May 05 19:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @suepark_cc: Chamber mixer Thursday 6pm at Mike's Diner. New members welcome, bring a friend and a business card! #millbrook",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051724144931836570"
          ],
          "editableUntil" : "2026-05-05T19:02:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "2051724144931836570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051724144931836570",
      "created_at" : "Tue May 05 18:02:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooler fixed before closing. Small towns, I tell you: this is how it has always worked here.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051683518903292533",
      "in_reply_to_status_id" : "2051683518903292533",
      "in_reply_to_user_id" : "214560932",
      "in_reply_to_user_id_str" : "214560932",
      "in_reply_to_screen_name" : "hollisgeneral"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051683518903292533"
          ],
          "editableUntil" : "2026-05-05T16:20:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gus Peterson",
            "screen_name" : "gus_peterson",
            "indices" : [
              "8",
              "21"
            ],
            "id_str" : "77104532",
            "id" : "77104532"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "6",
      "id_str" : "2051683518903292533",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2051683518903292533",
      "created_at" : "Tue May 05 15:20:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Update: @gus_peterson says his nephew does this kind of work. Calling him now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051664497734652496",
      "in_reply_to_status_id" : "2051664497734652496",
      "in_reply_to_user_id" : "214560932",
      "in_reply_to_user_id_str" : "214560932",
      "in_reply_to_screen_name" : "hollisgeneral"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051664497734652496"
          ],
          "editableUntil" : "2026-05-05T15:05:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "2051664497734652496",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051664497734652496",
      "created_at" : "Tue May 05 14:05:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Anyone know a good electrician? The cooler in aisle 3 is acting up again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051633132729340459"
          ],
          "editableUntil" : "2026-05-05T13:00:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jenny Walsh",
            "screen_name" : "jennywalsh_mb",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1190045876",
            "id" : "1190045876"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "8",
      "id_str" : "2051633132729340459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2051633132729340459",
      "created_at" : "Tue May 05 12:00:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@jennywalsh_mb Jenny, how's your mom doing after the surgery? Tell her the whole store says hello.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051567579952123978",
      "in_reply_to_status_id" : "2051567579952123978",
      "in_reply_to_user_id" : "1190045876",
      "in_reply_to_user_id_str" : "1190045876",
      "in_reply_to_screen_name" : "jennywalsh_mb"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051334787691516422"
          ],
          "editableUntil" : "2026-05-04T17:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "2051334787691516422",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2051334787691516422",
      "created_at" : "Mon May 04 16:15:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Store closes at 6 today for inventory.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051293566071804385"
          ],
          "editableUntil" : "2026-05-04T14:31:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rise & Shine Bakery",
            "screen_name" : "anthonybakes",
            "indices" : [
              "15",
              "28"
            ],
            "id_str" : "1655402218731290624",
            "id" : "1655402218731290624"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Rs8kLm2QwZ",
            "expanded_url" : "https://riseandshine.example/menu",
            "display_url" : "riseandshine.example/menu",
            "indices" : [
              "130",
              "153"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "0",
      "id_str" : "2051293566071804385",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051293566071804385",
      "created_at" : "Mon May 04 13:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Walked over to @anthonybakes this morning. Those cinnamon rolls are worth the trip. Go say hi and welcome Anthony to Main Street! https://t.co/Rs8kLm2QwZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051288251888636348"
          ],
          "editableUntil" : "2026-05-04T14:10:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rise & Shine Bakery",
            "screen_name" : "anthonybakes",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1655402218731290624",
            "id" : "1655402218731290624"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "2051288251888636348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051288251888636348",
      "created_at" : "Mon May 04 13:10:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @anthonybakes: Day one at Rise &amp; Shine Bakery! Thank you Millbrook for lining up in the rain. Cinnamon rolls until they're gone, then we…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051267007738876311"
          ],
          "editableUntil" : "2026-05-04T12:45:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mike's Diner",
            "screen_name" : "mikesdiner",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "301288457",
            "id" : "301288457"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "2051267007738876311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051267007738876311",
      "created_at" : "Mon May 04 11:45:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@mikesdiner Mike, I set aside two cases of the good maple syrup for your pancake special. Swing by whenever you're ready.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2051192894387195941",
      "in_reply_to_status_id" : "2051192894387195941",
      "in_reply_to_user_id" : "301288457",
      "in_reply_to_user_id_str" : "301288457",
      "in_reply_to_screen_name" : "mikesdiner"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051256081576956274"
          ],
          "editableUntil" : "2026-05-04T12:02:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "millbrook",
            "indices" : [
              "132",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Okafor Farm",
            "screen_name" : "okaforfarm",
            "indices" : [
              "119",
              "130"
            ],
            "id_str" : "488120365",
            "id" : "488120365"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "7",
      "id_str" : "2051256081576956274",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2051256081576956274",
      "created_at" : "Mon May 04 11:02:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Morning, Millbrook! Doors open at 7. Fresh coffee on the counter and the first rhubarb of the season just came in from @okaforfarm. #millbrook",
      "lang" : "en"
    }
  }
]