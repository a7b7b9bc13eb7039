-- Data.Text.Read: decimal, signed, hexadecimal, rational and double, with
-- the rest of the input and the error messages.
{-# LANGUAGE OverloadedStrings #-}
import Data.Text (Text)
import qualified Data.Text as T
import Data.Text.Read
import Data.Int (Int8)
import Data.Word (Word16)

try :: Show a => String -> Reader a -> Text -> IO ()
try name r s = putStrLn (name ++ " " ++ show s ++ " = " ++ show (r s))

main :: IO ()
main = do
  mapM_ (try "decimal" (decimal :: Reader Int)) ["123abc", "abc", "", "-5", "0012", "99999999999999999999999"]
  mapM_ (try "decimal8" (decimal :: Reader Int8)) ["127", "128", "300"]
  mapM_ (try "signed" (signed decimal :: Reader Integer)) ["-123x", "+7", "--1", "+", "-", "123456789012345678901234567890"]
  mapM_ (try "hex" (hexadecimal :: Reader Int)) ["ff", "0x1F", "0X", "0xg", "xyz", "DEADbeef "]
  mapM_ (try "hex16" (hexadecimal :: Reader Word16)) ["ffff", "10000"]
  mapM_ (try "double" double) ["3.14", "1e10", "-0", "1.5e-3x", "2.", "2.e5", ".5", "1e", "1e+2", "+3", "0.1", "12345.678901234567", "1.7976931348623157e308", "4.9e-324", "1e400", "123456789012345678901234567890"]
  mapM_ (try "rational" (rational :: Reader Double)) ["3.14", "-2.5E2", "abc", "0.30000000000000004"]
  mapM_ (try "rationalR" (rational :: Reader Rational)) ["0.75", "1e-3", "-12.5e1"]
  let sumNums t = sum [either (const 0) fst (signed decimal w) | w <- T.words t] :: Int
  print (sumNums "10 -3 x 7 +2 4y")
