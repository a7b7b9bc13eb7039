-- Run-length encoding and decoding of strings.
import Data.Char (isDigit)
import Data.List (group)

encode :: String -> String
encode = concatMap enc . group
  where
    enc g@(c : _) = (if length g > 1 then show (length g) else "") ++ [c]
    enc [] = ""

decode :: String -> String
decode [] = []
decode s =
  let (digits, rest) = span isDigit s
   in case rest of
        (c : more) -> replicate (if null digits then 1 else read digits) c ++ decode more
        [] -> []

main :: IO ()
main = do
  let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", ""]
  mapM_ (\s -> putStrLn (show s ++ " -> " ++ show (encode s))) samples
  print (map (decode . encode) samples == samples)
  print (decode "3a2b1c10d")
