-- Differential fuzzing of the Read instances: the Show forms of
-- pseudo-random times in parentheses (around the whole or a part), with
-- more spaces, lower case, cut short, with junk after, inside a list.
import Data.Time
import Data.Char (toLower)

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

pick :: Int -> [a] -> a
pick r xs = xs !! (r `mod` length xs)

mutate :: Int -> String -> String
mutate r s = case r `mod` 9 of
  0 -> s
  1 -> "(" ++ s ++ ")"
  2 -> " ( " ++ s ++ " ) x"
  3 -> map toLower s
  4 -> take (length s - 2) s
  5 -> concatMap (\c -> if c == ' ' then "  " else [c]) s
  6 -> let (a, b) = splitAt (r `mod` (length s + 1)) s in a ++ "(" ++ b ++ ")"
  7 -> s ++ "junk"
  _ -> "[" ++ s ++ "," ++ s ++ "]"

main :: IO ()
main = go 3 (80 :: Int)
  where
    go _ 0 = return ()
    go s n = do
      let s2 = lcg s; s3 = lcg s2
          zt = ZonedTime (LocalTime (fromGregorian (toInteger (1900 + (s2 `div` 65536) `mod` 200)) (1 + (s3 `div` 65536) `mod` 12) (1 + (s2 `div` 4096) `mod` 28)) (TimeOfDay ((s3 `div` 4096) `mod` 24) ((s2 `div` 256) `mod` 60) (fromIntegral ((s3 `div` 256) `mod` 61) + pick s2 [0, 0.5, 0.125]))) (pick (s3 `div` 1024) [utc, TimeZone 60 False "", TimeZone (-300) False "EST", TimeZone 330 False "IST", TimeZone (-420) True "PDT", TimeZone 0 False "Z", TimeZone 60 False "A"])
          m = mutate (s3 `div` 999)
          lt = zonedTimeToLocalTime zt
      putStrLn (show (m (show zt)))
      print (reads (m (show zt)) :: [(ZonedTime, String)])
      print (reads (m (show (zonedTimeToUTC zt))) :: [(UTCTime, String)])
      print (reads (m (show lt)) :: [(LocalTime, String)])
      print (reads (m (show (localDay lt))) :: [(Day, String)])
      print (reads (m (show (localTimeOfDay lt))) :: [(TimeOfDay, String)])
      print (reads (m (show (zonedTimeZone zt))) :: [(TimeZone, String)])
      print (map fst (reads (m (show lt)) :: [(UniversalTime, String)]))
      print (reads (m (show [localDay lt])) :: [([Day], String)])
      go (lcg s3) (n - 1)
