-- Read of (), Char, String, Bool, Ordering at -O1
import Text.Read (readMaybe)
main :: IO ()
main = do
  print (read "()" :: (), read " ( ) " :: (), read "[(),()]" :: [()])
  print (read "'x'" :: Char, read "\"hello\\nworld\"" :: String, read "['a','b']" :: String, read " ( 'q' ) " :: Char)
  print (read "True" :: Bool, read "[False,True]" :: [Bool], read "(False)" :: Bool)
  print (read "LT" :: Ordering, read "[GT,EQ]" :: [Ordering], readMaybe "Maybe" :: Maybe Ordering)
  print (readMaybe "yes" :: Maybe Bool, reads "True rest" :: [(Bool, String)], readMaybe "'ab'" :: Maybe Char)
  print (lex " hello world", reads "\"s\" t" :: [(String, String)], readMaybe "(" :: Maybe ())
