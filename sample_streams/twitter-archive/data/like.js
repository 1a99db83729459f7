window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2051678989054972015",
      "fullText" : "Chamber mixer Thursday 6pm at Mike's Diner. New members welcome! #millbrook",
      "expandedUrl" : "https://twitter.com/i/web/status/2051678989054972015"
    }
  },
  {
    "like" : {
      "tweetId" : "2052710099973116126",
      "fullText" : "Story hour moves to the gazebo this Saturday. Bring a blanket!",
      "expandedUrl" : "https://twitter.com/i/web/status/2052710099973116126"
    }
  }
]