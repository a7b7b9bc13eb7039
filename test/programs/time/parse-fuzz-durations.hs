-- Differential fuzzing of the duration parsers: pseudo-random formats of
-- duration specifiers (with padding and E modifiers) over formatted
-- NominalDiffTime, CalendarDiffTime and CalendarDiffDays values or random
-- digits, signs and spaces; every parse and parseTimeM's answer per type.
import Data.Time

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

pick :: Int -> [a] -> a
pick r xs = xs !! (r `mod` length xs)

genFormat :: Int -> (String, Int)
genFormat s0 = go s0 (1 + s0 `div` 7 `mod` 4) ""
  where
    go s 0 acc = (acc, s)
    go s n acc =
      let s1 = lcg s; s2 = lcg s1; s3 = lcg s2
          tok = case (s1 `div` 65536) `mod` 5 of
            0 -> [pick (s2 `div` 65536) " -:/.PT"]
            _ -> '%' : pick (s3 `div` 65536) ["", "", "", "-", "_", "0", "E", "0E", "_E"] ++ [pick (s2 `div` 65536) "ybBwdDhHmMsSE"]
      in go s3 (n - 1) (acc ++ tok)

main :: IO ()
main = go 51 (150 :: Int)
  where
    go _ 0 = return ()
    go s n = do
      let (f, s1) = genFormat s
          s2 = lcg s1; s3 = lcg s2
          secs = fromIntegral ((s2 `div` 1000) `mod` 4000000 - 2000000) / pick s3 [1, 4, 1000] :: NominalDiffTime
          cdt = CalendarDiffTime (toInteger ((s3 `div` 1000) `mod` 50 - 25)) secs
          r = (s3 `div` 77) `mod` 4
          input = case r of
            0 -> formatTime defaultTimeLocale f secs
            1 -> formatTime defaultTimeLocale f cdt
            2 -> formatTime defaultTimeLocale f (CalendarDiffDays (ctMonths cdt) 3)
            _ -> take (1 + (s2 `div` 77) `mod` 12) (map (\k -> pick k "0123456789  -.:") (iterate lcg s3))
      putStrLn (show f ++ " " ++ show input)
      putStrLn ("  " ++ show (take 4 (readSTime False defaultTimeLocale f input :: [(NominalDiffTime, String)])) ++ " " ++ show (parseTimeM True defaultTimeLocale f input :: Maybe NominalDiffTime) ++ " " ++ show (parseTimeM True defaultTimeLocale f input :: Maybe DiffTime))
      putStrLn ("  " ++ show (parseTimeM True defaultTimeLocale f input :: Maybe CalendarDiffTime) ++ " " ++ show (parseTimeM True defaultTimeLocale f input :: Maybe CalendarDiffDays) ++ " " ++ show (take 3 (readSTime True defaultTimeLocale f input :: [(CalendarDiffDays, String)])))
      go (lcg s3) (n - 1)
