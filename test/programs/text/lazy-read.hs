-- Data.Text.Lazy.Read: numbers at the start of lazy text (across chunk
-- boundaries), the lazy rest, and the error messages.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text.Lazy as L
import Data.Text.Lazy.Read

main :: IO ()
main = do
  print (decimal (L.drop 6 (L.fromChunks ["item12", "34 rest"])) :: Either String (Int, L.Text))
  print (double (L.pack "2.5e3 tail"), signed decimal (L.pack "-0x") :: Either String (Int, L.Text))
  print (hexadecimal (L.fromChunks ["0x", "1f", "G"]) :: Either String (Integer, L.Text), decimal "" :: Either String (Int, L.Text))
  print (rational (L.fromChunks ["-1", ".", "25", "e2!"]) :: Either String (Double, L.Text), double "x")
  let nums = [n | w <- L.words "3 -4 +5 x7 8", Right (n, r) <- [signed decimal w], L.null r] :: [Int]
  print (nums, sum nums)
