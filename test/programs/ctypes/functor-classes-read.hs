import Data.Functor.Classes
import Data.Functor.Identity
import Data.Functor.Const
import Data.Ord (Down (..))
import Data.Proxy
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Product
import Data.Functor.Sum
import Data.Functor.Compose

type PMI = Product Maybe [] Int
type SMI = Sum Maybe [] Int

r1 :: (Read1 f, Read a) => String -> [(f a, String)]
r1 = readsPrec1 0

main :: IO ()
main = do
  print (r1 "Just 5" :: [(Maybe Int, String)])
  print (r1 " (Just (-5)) rest" :: [(Maybe Int, String)])
  print (r1 "Nothing" :: [(Maybe Int, String)], r1 "Just" :: [(Maybe Int, String)])
  print (readsPrec1 11 "Just 5" :: [(Maybe Int, String)], readsPrec1 11 "(Just 5)" :: [(Maybe Int, String)])
  print (r1 "[1,2,3]" :: [([Int], String)], r1 "Identity 'x'" :: [(Identity Char, String)])
  print (r1 "Left 3" :: [(Either Int Bool, String)], r1 "Right True" :: [(Either Int Bool, String)])
  print (r1 "(1,'a')" :: [((Int, Char), String)], r1 "( 2 , \"s\" )" :: [((Int, String), String)])
  print (r1 "Const 7" :: [(Const Int Char, String)], r1 "Down 4" :: [(Down Int, String)], r1 "Proxy" :: [(Proxy Int, String)])
  print (r1 "1 :| [2,3]" :: [(NonEmpty Int, String)], readsPrec1 6 "1 :| []" :: [(NonEmpty Int, String)])
  print (readsPrec2 0 "(True,'q')" :: [((Bool, Char), String)], readsPrec2 0 "Left 'z'" :: [(Either Char Int, String)])
  print (readsPrec2 0 "Const 9" :: [(Const Int Bool, String)])
  print (liftReadList readsPrec readList "[Just 1,Nothing]" :: [([Maybe Int], String)])
  print (liftReadList2 readsPrec readList readsPrec readList "[(1,2),(3,4)]" :: [([(Int, Int)], String)])
  print (readsData (readsUnaryWith readsPrec "Foo" Just) 0 "Foo 3" :: [(Maybe Int, String)])
  print (readsData (readsUnaryWith readsPrec "Foo" Just) 11 "Foo 3" :: [(Maybe Int, String)])
  print (readsData (readsBinaryWith readsPrec readsPrec "Bar" (,)) 0 "(Bar 1 'c')" :: [((Int, Char), String)])
  print (readsUnaryWith readsPrec "Foo" Just "Foo" " 12" :: [(Maybe Int, String)], readsUnaryWith readsPrec "Foo" Just "Baz" " 12" :: [(Maybe Int, String)])
  print (read "Pair (Just 1) [2,3]" :: PMI, read "(Pair Nothing [])" :: PMI, (reads :: ReadS PMI) "Pair Nothing [] rest")
  print (read "InL (Just 2)" :: SMI, read "InR [7]" :: SMI, (reads :: ReadS SMI) "InR [] x")
  print (read "Compose (Just [1,2])" :: Compose Maybe [] Int, read "(Compose [Nothing,Just 'x'])" :: Compose [] Maybe Char)
  print ((reads :: ReadS (Compose Maybe Maybe Int)) "Compose (Just (Just 3)) tail", (reads :: ReadS (Compose Maybe Maybe Int)) "Compose Nothing")
  print (read "[Compose (Just [True])]" :: [Compose Maybe [] Bool], readsPrec 11 "Compose Nothing" :: [(Compose Maybe [] Int, String)])
