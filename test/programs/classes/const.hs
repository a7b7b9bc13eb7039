import Data.Functor.Const
import Control.Applicative (liftA2)

main :: IO ()
main = do
  let c = Const "hello" :: Const String Int
  print c
  print (getConst c)
  print (fmap (+1) c)
  print (showsPrec 11 c "")
  print (Const (3::Int) :: Const Int Bool)
  print (Const (-3::Int) :: Const Int Bool)
  print (pure 5 :: Const String Int)
  print (Const "ab" <*> Const "cd" :: Const String Int)
  print (liftA2 (+) (Const [1]) (Const [2]) :: Const [Int] Int)
  print (Const "x" *> Const "y" :: Const String Int)
  print (Const "x" <* Const "y" :: Const String Int)
  print (length c, null c, sum (Const 1 :: Const Int Int), foldr (:) [] c)
  print (traverse (\x -> Just (x + 1)) c)
  print (c == Const "hello", c < Const "z", compare c (Const "a"))
  print (Const [1] <> Const [2] :: Const [Int] ())
  print (mempty :: Const String ())
  print (Const 3 + Const 4 :: Const Int ())
  print (getConst (traverse (\x -> Const [x]) [1,2,3 :: Int]))
  print (minBound :: Const Bool (), maxBound :: Const Bool ())
  print (fmap (const ()) (Const 'z'))
  print (succ (Const 'a' :: Const Char ()))
