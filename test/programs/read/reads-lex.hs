-- reads with leftovers, Prelude's lex, lexLitChar/readLitChar, lexDigits
import Data.Char (lexLitChar, readLitChar)
import Numeric (lexDigits)
main :: IO ()
main = do
  print (reads "42 is the answer" :: [(Int, String)])
  print (reads "(1,2) rest" :: [((Int,Int), String)])
  print (reads "nope" :: [(Int, String)])
  print (reads "[1,2] ]" :: [([Int], String)])
  mapM_ (print . lex) ["", "   ", "hello world", "<= 3", "'x'", "\"str\\\"ing\" tail", "12.5e-3x", "0x1Fg", "(a)", "`f`", "..", "a_b'c d", "->x", "1.e5", "'\\n'"]
  print (lexLitChar "\\nabc", lexLitChar "\\SOHx", lexLitChar "\\SOx", lexLitChar "a\\&b")
  print (readLitChar "\\x41rest", readLitChar "\\^Ax", readLitChar "\\DEL", readLitChar "\\123\\&4")
  print (lexDigits "123abc", lexDigits "abc")
